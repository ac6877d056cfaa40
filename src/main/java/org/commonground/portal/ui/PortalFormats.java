package org.commonground.portal.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the portal writes them. */
final class PortalFormats {

    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);

    private PortalFormats() {}

    static String day(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }

    /** "Mar 1, 2026 – Dec 31, 2026", or "from Mar 1, 2026" without an end. */
    static String period(LocalDate start, LocalDate end) {
        return end == null ? "from " + day(start) : day(start) + " – " + day(end);
    }
}
