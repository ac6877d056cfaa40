package org.commonground.mission.ui;

import java.time.LocalDate;
import org.commonground.shared.Formats;

/** How dates read on mission pages: "Mar 10, 2026". */
final class Days {

    private Days() {}

    static String format(LocalDate date) {
        return date == null ? "—" : Formats.date(date);
    }
}
