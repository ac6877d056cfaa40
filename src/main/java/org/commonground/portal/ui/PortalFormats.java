package org.commonground.portal.ui;

import java.time.LocalDate;
import org.commonground.shared.Formats;

/** Dates as the portal writes them. */
final class PortalFormats {

    private PortalFormats() {}

    static String day(LocalDate date) {
        return date == null ? "—" : Formats.date(date);
    }

    /** "Mar 1, 2026 – Dec 31, 2026", or "from Mar 1, 2026" without an end. */
    static String period(LocalDate start, LocalDate end) {
        return end == null ? "from " + day(start) : day(start) + " – " + day(end);
    }
}
