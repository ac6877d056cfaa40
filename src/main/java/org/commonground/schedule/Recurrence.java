package org.commonground.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.commonground.shared.InvalidInputException;

/**
 * An RFC 5545 recurrence rule, read, checked and expanded by iCal4j. Only what a meeting series
 * needs is accepted — at most daily, at most {@value #MAX_COUNT} times — and every expansion is
 * capped, so no rule and no request can make the server expand without limit.
 * The rule is kept as its RRULE text with UNTIL in UTC, as RFC 5545 requires when DTSTART has a TZID.
 */
public final class Recurrence {

    public static final int MAX_COUNT = 1000;
    public static final int MAX_INTERVAL = 99;
    /** The most occurrences one expansion returns, whatever period is asked for. */
    public static final int MAX_EXPANSION = 2000;
    /** How far ahead "the next occurrence" or "the last one" is looked for. */
    private static final int YEARS_AHEAD = 120;

    private static final String FIELD = "rule";

    private final String rule;
    private final Recur<ZonedDateTime> recur;

    private Recurrence(String rule) {
        this.rule = rule;
        this.recur = new Recur<>(rule);
    }

    /**
     * Reads a pasted or stored RRULE ("FREQ=…", with or without "RRULE:"); a floating or date-only UNTIL is
     * read in the series' zone. Refuses, naming the problem, what a meeting series cannot be.
     */
    public static Recurrence parse(String text, ZoneId zone) {
        String value = text == null ? "" : text.strip();
        if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
            value = value.substring(6).strip();
        }
        if (value.isEmpty()) {
            throw InvalidInputException.of(FIELD, "Enter a rule such as FREQ=MONTHLY;BYDAY=2TU.");
        }
        Recur<Temporal> parsed;
        try {
            parsed = new Recur<>(value.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw InvalidInputException.of(
                    FIELD,
                    "This rule could not be read (" + e.getMessage()
                            + "). Write it as in RFC 5545, for example FREQ=MONTHLY;BYDAY=2TU.");
        }
        if (parsed.getFrequency() == null) {
            throw InvalidInputException.of(FIELD, "The rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY).");
        }
        switch (parsed.getFrequency()) {
            case DAILY, WEEKLY, MONTHLY, YEARLY -> {}
            default ->
                throw InvalidInputException.of(
                        FIELD,
                        "A meeting series repeats at most daily; FREQ=" + parsed.getFrequency() + " is not supported.");
        }
        if (!parsed.getHourList().isEmpty()
                || !parsed.getMinuteList().isEmpty()
                || !parsed.getSecondList().isEmpty()) {
            throw InvalidInputException.of(
                    FIELD,
                    "BYHOUR, BYMINUTE and BYSECOND are not supported: a series meets"
                            + " once a day at its start time.");
        }
        if (parsed.getCount() > MAX_COUNT) {
            throw InvalidInputException.of(
                    FIELD,
                    String.format(
                            Locale.US,
                            "A series can have at most %,d "
                                    + "occurrences (this rule asks for %,d). End it on a date instead.",
                            MAX_COUNT,
                            parsed.getCount()));
        }
        if (parsed.getCount() == 0) {
            throw InvalidInputException.of(FIELD, "COUNT must be at least 1.");
        }
        if (parsed.getInterval() > MAX_INTERVAL) {
            throw InvalidInputException.of(FIELD, "INTERVAL can be at most " + MAX_INTERVAL + ".");
        }
        if (parsed.getCount() > 0 && parsed.getUntil() != null) {
            throw InvalidInputException.of(FIELD, "A rule ends either after COUNT times or on UNTIL, not both.");
        }
        Recur.Builder<Temporal> canonical = new Recur.Builder<>(parsed);
        if (parsed.getUntil() != null) {
            canonical.until(untilInUtc(parsed.getUntil(), zone));
        }
        try {
            return new Recurrence(canonical.build().toString());
        } catch (RuntimeException e) {
            throw InvalidInputException.of(FIELD, "This rule could not be read (" + e.getMessage() + ").");
        }
    }

    /** The rule the plain controls describe, for a series whose first occurrence is {@code start}. */
    public static Recurrence of(RecurrenceChoice choice, ZonedDateTime start) {
        Recur.Builder<Temporal> builder = new Recur.Builder<>();
        builder.frequency(
                switch (choice.repeat()) {
                    case DAILY -> Frequency.DAILY;
                    case WEEKLY -> Frequency.WEEKLY;
                    case MONTHLY_ON_DAY, MONTHLY_ON_WEEKDAY -> Frequency.MONTHLY;
                    case YEARLY -> Frequency.YEARLY;
                });
        if (choice.interval() > 1) {
            builder.interval(choice.interval());
        }
        switch (choice.repeat()) {
            case WEEKLY ->
                builder.dayList(choice.weekdays().stream()
                        .sorted()
                        .map(WeekDay::getWeekDay)
                        .toList());
            case MONTHLY_ON_DAY -> builder.monthDayList(choice.monthDay());
            case MONTHLY_ON_WEEKDAY ->
                builder.dayList(new WeekDay(WeekDay.getWeekDay(choice.weekday()), choice.weekOrdinal()));
            default -> {}
        }
        switch (choice.ending()) {
            case ON_DATE -> builder.until(endOfDay(choice.untilDate(), start.getZone()));
            case AFTER_COUNT -> builder.count(choice.count());
            case NEVER -> {}
        }
        return parse(builder.build().toString(), start.getZone());
    }

    public String rule() {
        return rule;
    }

    Recur<ZonedDateTime> recur() {
        return recur;
    }

    /**
     * The occurrences starting in [from, to), in order, at most {@code max} (and never more than
     * {@value #MAX_EXPANSION}). Each keeps the series' local wall-clock time in its zone.
     */
    public List<ZonedDateTime> between(ZonedDateTime start, Instant from, Instant to, int max) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        ZoneId zone = start.getZone();
        ZonedDateTime periodStart = from.isBefore(start.toInstant()) ? start : from.atZone(zone);
        List<ZonedDateTime> dates =
                recur.getDates(start, periodStart, to.atZone(zone), Math.min(max, MAX_EXPANSION) + 1);
        List<ZonedDateTime> found = new ArrayList<>();
        for (ZonedDateTime date : dates) {
            Instant at = date.toInstant();
            if (!at.isBefore(from) && at.isBefore(to) && !at.isBefore(start.toInstant())) {
                found.add(date);
                if (found.size() == Math.min(max, MAX_EXPANSION)) {
                    break;
                }
            }
        }
        return found;
    }

    /** The first occurrence starting at or after {@code at}, if the series still has one. */
    public Optional<ZonedDateTime> firstFrom(ZonedDateTime start, Instant at) {
        Instant from = at.isBefore(start.toInstant()) ? start.toInstant() : at;
        ZonedDateTime horizon = from.atZone(start.getZone()).plusYears(YEARS_AHEAD);
        return between(start, from, horizon.toInstant(), 1).stream().findFirst();
    }

    /** The last occurrence of a rule that ends (COUNT or UNTIL); empty for one that never ends. */
    public Optional<ZonedDateTime> last(ZonedDateTime start) {
        if (!ends()) {
            return Optional.empty();
        }
        Instant horizon = start.plusYears(YEARS_AHEAD).toInstant();
        List<ZonedDateTime> all = between(start, start.toInstant(), horizon, MAX_EXPANSION);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    public boolean ends() {
        return recur.getCount() > 0 || recur.getUntil() != null;
    }

    /** This rule ending just before {@code before}: "this and following" ends the old series there. */
    public Recurrence endingBefore(Instant before, ZoneId zone) {
        Recur.Builder<Temporal> builder = new Recur.Builder<>(new Recur<Temporal>(rule));
        builder.count(null);
        builder.until(before.minusSeconds(1).truncatedTo(ChronoUnit.SECONDS));
        return parse(builder.build().toString(), zone);
    }

    /** The same rule without its COUNT or UNTIL. */
    Recurrence withoutEnd(ZoneId zone) {
        Recur.Builder<Temporal> builder = new Recur.Builder<>(new Recur<Temporal>(rule));
        builder.count(null);
        builder.until(null);
        return parse(builder.build().toString(), zone);
    }

    private static Instant endOfDay(LocalDate date, ZoneId zone) {
        return ZonedDateTime.of(date, LocalTime.of(23, 59, 59), zone).toInstant();
    }

    private static Instant untilInUtc(Temporal until, ZoneId zone) {
        try {
            return switch (until) {
                case Instant instant -> instant;
                case OffsetDateTime offset -> offset.toInstant();
                case ZonedDateTime zoned -> zoned.toInstant();
                case LocalDateTime local -> local.atZone(zone).toInstant();
                case LocalDate date -> endOfDay(date, zone);
                default -> Instant.from(until);
            };
        } catch (DateTimeException e) {
            throw InvalidInputException.of(FIELD, "UNTIL could not be read as a date and time.");
        }
    }

    @Override
    public String toString() {
        return rule;
    }
}
