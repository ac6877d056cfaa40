package org.commonground.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How dates and times read everywhere a person sees them (pages, messages, e-mails, the PDF report): one place,
 * so every screen says a date the same way. Nothing here is stored or parsed; files and feeds use ISO formats.
 */
public final class Formats {

    private static final Locale LOCALE = Locale.US;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LOCALE);
    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(LOCALE);
    private static final DateTimeFormatter LONG_DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(LOCALE);
    private static final DateTimeFormatter FULL_DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.FULL, FormatStyle.SHORT)
            .withLocale(LOCALE);
    private static final DateTimeFormatter TIME_24 = DateTimeFormatter.ofPattern("HH:mm", LOCALE);

    private Formats() {}

    /** "Dec 1, 2026"; empty for none. */
    public static String date(@Nullable LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** "Dec 1, 2026" for the day of a date-time, at its own wall-clock time. */
    public static String date(TemporalAccessor at) {
        return DATE.format(at);
    }

    /** "December 1, 2026"; empty for none. */
    public static String longDate(@Nullable LocalDate day) {
        return day == null ? "" : LONG_DATE.format(day);
    }

    /** "December 1, 2026" for the day the instant falls on in the zone. */
    public static String longDate(Instant instant, ZoneId zone) {
        return LONG_DATE.format(instant.atZone(zone));
    }

    /** "Dec 1, 2026, 2:30 PM" in the zone; empty for none. */
    public static String dateTime(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** "Dec 1, 2026, 2:30 PM" at the moment's own wall-clock time. */
    public static String dateTime(TemporalAccessor at) {
        return DATE_TIME.format(at);
    }

    /** "December 1, 2026 at 2:30 PM" in the zone. */
    public static String longDateTime(Instant instant, ZoneId zone) {
        return LONG_DATE_TIME.format(instant.atZone(zone));
    }

    /** "Tuesday, December 1, 2026 at 2:30 PM" at the moment's own wall-clock time. */
    public static String fullDateTime(ZonedDateTime at) {
        return FULL_DATE_TIME.format(at);
    }

    /** "14:30": times in lists and files, where a 24-hour clock sorts and reads unambiguously. */
    public static String time24(TemporalAccessor at) {
        return TIME_24.format(at);
    }

    /** "14:30" for a time of day. */
    public static String time24(LocalTime time) {
        return TIME_24.format(time);
    }

    public static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
