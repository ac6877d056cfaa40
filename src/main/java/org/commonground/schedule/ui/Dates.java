package org.commonground.schedule.ui;

import com.vaadin.flow.component.html.Span;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.commonground.schedule.OccurrenceStatus;

/** How the schedule pages write dates and statuses. */
final class Dates {

    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE, MMM d, uuuu, HH:mm", Locale.US);
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);

    private Dates() {}

    static String dayTime(ZonedDateTime at) {
        return DAY_TIME.format(at);
    }

    static String status(OccurrenceStatus status, boolean past) {
        if (status != null) {
            return status.label();
        }
        return past ? "Not marked" : "Upcoming";
    }

    static Span badge(OccurrenceStatus status, boolean past) {
        Span badge = new Span(status(status, past));
        badge.addClassName("status-badge");
        badge.addClassName("occurrence-"
                + (status == null
                        ? (past ? "unmarked" : "upcoming")
                        : status.name().toLowerCase(Locale.ROOT)));
        return badge;
    }
}
