package org.commonground.shared.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.commonground.shared.Formats;

/** "Mar 10, 2026 · 12 days ago", for the last contact with a partner. */
public final class Ago {

    private Ago() {}

    public static String lastContact(Instant at, ZoneId zone, Clock clock) {
        if (at == null) {
            return "Never";
        }
        LocalDate day = at.atZone(zone).toLocalDate();
        long days = ChronoUnit.DAYS.between(day, LocalDate.now(clock.withZone(zone)));
        String ago = days <= 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
        return Formats.date(day) + " · " + ago;
    }
}
