package org.commonground.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;

/** A recurrence as a person says it: "Every month on the second Tuesday at 10:00, Central Time". */
public final class Sentence {

    private static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("vvvv", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.US);

    private Sentence() {}

    public static String of(Recurrence recurrence, ZonedDateTime start) {
        Recur<ZonedDateTime> r = recurrence.recur();
        String when = when(r, start);
        StringBuilder text = new StringBuilder(when == null ? "Repeats by the rule " + recurrence.rule() : when);
        text.append(" at ").append(TIME.format(start)).append(", ").append(zoneName(start));
        if (r.getCount() > 0) {
            text.append(r.getCount() == 1 ? ", once" : ", " + r.getCount() + " times");
        } else if (r.getUntil() != null) {
            text.append(", until ")
                    .append(DATE.format(Instant.from(r.getUntil()).atZone(start.getZone())));
        }
        return text.toString();
    }

    /** "Central Time": the zone's generic name, the same in winter and summer. */
    public static String zoneName(ZonedDateTime at) {
        return ZONE.format(at);
    }

    private static String when(Recur<ZonedDateTime> r, ZonedDateTime start) {
        if (!r.getSetPosList().isEmpty()
                || !r.getWeekNoList().isEmpty()
                || !r.getYearDayList().isEmpty()) {
            return null;
        }
        int n = Math.max(1, r.getInterval());
        List<WeekDay> days = r.getDayList();
        List<Integer> monthDays = r.getMonthDayList();
        return switch (r.getFrequency()) {
            case DAILY ->
                days.isEmpty() && monthDays.isEmpty() && r.getMonthList().isEmpty() ? every(n, "day", "days") : null;
            case WEEKLY ->
                days.stream().anyMatch(d -> d.getOffset() != 0) || !monthDays.isEmpty()
                        ? null
                        : every(n, "week", "weeks") + " on "
                                + (days.isEmpty()
                                        ? dayName(start.getDayOfWeek())
                                        : and(days.stream()
                                                .map(WeekDay::getDayOfWeek)
                                                .sorted()
                                                .map(Sentence::dayName)
                                                .toList()));
            case MONTHLY ->
                r.getMonthList().isEmpty()
                        ? every(n, "month", "months") + " on " + dayInMonth(days, monthDays, start)
                        : null;
            case YEARLY -> yearly(r, n, days, monthDays, start);
            default -> null;
        };
    }

    private static String yearly(
            Recur<ZonedDateTime> r, int n, List<WeekDay> days, List<Integer> monthDays, ZonedDateTime start) {
        if (days.isEmpty() && monthDays.isEmpty() && r.getMonthList().isEmpty()) {
            return every(n, "year", "years") + " on " + MONTH_DAY.format(start);
        }
        if (r.getMonthList().size() != 1) {
            return null;
        }
        String month = Month.of(r.getMonthList().getFirst().getMonthOfYear()).getDisplayName(TextStyle.FULL, Locale.US);
        if (days.isEmpty() && monthDays.size() == 1 && monthDays.getFirst() > 0) {
            return every(n, "year", "years") + " on " + month + " " + monthDays.getFirst();
        }
        String inMonth = dayInMonth(days, monthDays, start);
        return inMonth == null || monthDays.size() > 0
                ? null
                : every(n, "year", "years") + " on " + inMonth + " of " + month;
    }

    private static String dayInMonth(List<WeekDay> days, List<Integer> monthDays, ZonedDateTime start) {
        if (days.isEmpty() && monthDays.isEmpty()) {
            return "day " + start.getDayOfMonth();
        }
        if (days.isEmpty() && monthDays.size() == 1) {
            int day = monthDays.getFirst();
            return day == -1 ? "the last day" : day < 0 ? "day " + -day + " from the end" : "day " + day;
        }
        if (monthDays.isEmpty() && days.size() == 1) {
            WeekDay d = days.getFirst();
            int offset = d.getOffset();
            String name = dayName(WeekDay.getDayOfWeek(d));
            if (offset == 0) {
                return "every " + name;
            }
            if (offset == -1) {
                return "the last " + name;
            }
            return offset > 0 && offset <= 5 ? "the " + ORDINALS[offset] + " " + name : null;
        }
        return null;
    }

    private static String every(int n, String one, String many) {
        return n == 1 ? "Every " + one : "Every " + n + " " + many;
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }

    private static String and(List<String> words) {
        if (words.size() == 1) {
            return words.getFirst();
        }
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + words.getLast();
    }
}
