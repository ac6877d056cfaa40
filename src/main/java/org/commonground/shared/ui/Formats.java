package org.commonground.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How dates and times read in the UI: in the library's time zone, medium style. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.US);

    private Formats() {}

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);

    /** "Dec 1, 2026"; empty for none. */
    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
