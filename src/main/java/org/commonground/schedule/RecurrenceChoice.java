package org.commonground.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;

/**
 * A recurrence as the series form's plain controls hold it.
 *
 * @param weekOrdinal 1–5 for the first to fifth weekday of the month, -1 for the last
 */
public record RecurrenceChoice(
        Repeat repeat,
        int interval,
        Set<DayOfWeek> weekdays,
        int monthDay,
        DayOfWeek weekday,
        int weekOrdinal,
        Ending ending,
        LocalDate untilDate,
        int count) {

    /** The usual choice for a first occurrence on {@code start}: monthly on that n-th weekday (last if the 5th). */
    public static RecurrenceChoice monthlyLike(LocalDate start) {
        int ordinal = (start.getDayOfMonth() - 1) / 7 + 1;
        return new RecurrenceChoice(
                Repeat.MONTHLY_ON_WEEKDAY,
                1,
                EnumSet.of(start.getDayOfWeek()),
                start.getDayOfMonth(),
                start.getDayOfWeek(),
                ordinal == 5 ? -1 : ordinal,
                Ending.NEVER,
                null,
                10);
    }

    /** The controls that write exactly this rule, if there are any (else the rule is shown as advanced). */
    static Optional<RecurrenceChoice> from(Recurrence recurrence, ZonedDateTime start) {
        Recur<ZonedDateTime> r = recurrence.recur();
        if (!r.getSetPosList().isEmpty()
                || !r.getWeekNoList().isEmpty()
                || !r.getYearDayList().isEmpty()
                || !r.getMonthList().isEmpty()
                || r.getMonthDayList().size() > 1
                || r.getWeekStartDay() != null) {
            return Optional.empty();
        }
        int interval = Math.max(1, r.getInterval());
        LocalDate day = start.toLocalDate();
        Ending ending = r.getCount() > 0 ? Ending.AFTER_COUNT : r.getUntil() != null ? Ending.ON_DATE : Ending.NEVER;
        LocalDate until = r.getUntil() == null
                ? null
                : Instant.from(r.getUntil()).atZone(start.getZone()).toLocalDate();
        int count = r.getCount() > 0 ? r.getCount() : 10;
        List<WeekDay> days = r.getDayList();
        Set<DayOfWeek> weekdays = EnumSet.of(day.getDayOfWeek());
        RecurrenceChoice choice = switch (r.getFrequency()) {
            case DAILY ->
                days.isEmpty() && r.getMonthDayList().isEmpty()
                        ? new RecurrenceChoice(
                                Repeat.DAILY,
                                interval,
                                weekdays,
                                day.getDayOfMonth(),
                                day.getDayOfWeek(),
                                1,
                                ending,
                                until,
                                count)
                        : null;
            case WEEKLY -> {
                if (!r.getMonthDayList().isEmpty() || days.stream().anyMatch(d -> d.getOffset() != 0)) {
                    yield null;
                }
                Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
                days.forEach(d -> chosen.add(WeekDay.getDayOfWeek(d)));
                yield new RecurrenceChoice(
                        Repeat.WEEKLY,
                        interval,
                        chosen.isEmpty() ? weekdays : chosen,
                        day.getDayOfMonth(),
                        day.getDayOfWeek(),
                        1,
                        ending,
                        until,
                        count);
            }
            case MONTHLY -> {
                if (days.size() == 1
                        && days.getFirst().getOffset() != 0
                        && r.getMonthDayList().isEmpty()) {
                    WeekDay d = days.getFirst();
                    yield new RecurrenceChoice(
                            Repeat.MONTHLY_ON_WEEKDAY,
                            interval,
                            weekdays,
                            day.getDayOfMonth(),
                            WeekDay.getDayOfWeek(d),
                            d.getOffset(),
                            ending,
                            until,
                            count);
                }
                if (days.isEmpty() && r.getMonthDayList().size() <= 1) {
                    int monthDay = r.getMonthDayList().isEmpty()
                            ? day.getDayOfMonth()
                            : r.getMonthDayList().getFirst();
                    yield monthDay < 1
                            ? null
                            : new RecurrenceChoice(
                                    Repeat.MONTHLY_ON_DAY,
                                    interval,
                                    weekdays,
                                    monthDay,
                                    day.getDayOfWeek(),
                                    1,
                                    ending,
                                    until,
                                    count);
                }
                yield null;
            }
            case YEARLY ->
                days.isEmpty() && r.getMonthDayList().isEmpty()
                        ? new RecurrenceChoice(
                                Repeat.YEARLY,
                                interval,
                                weekdays,
                                day.getDayOfMonth(),
                                day.getDayOfWeek(),
                                1,
                                ending,
                                until,
                                count)
                        : null;
            default -> null;
        };
        return Optional.ofNullable(choice);
    }
}
