package org.commonground.mission.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How dates read on mission pages: "Mar 10, 2026". */
final class Days {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);

    private Days() {}

    static String format(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }
}
