package org.commonground.schedule;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * One occurrence of a series as it stands: its original local start (its identity), where it starts
 * now, and what is stored about it (null when nothing is).
 */
record Slot(MeetingSeries series, LocalDateTime original, ZonedDateTime start, Occurrence row) {

    ZonedDateTime end() {
        return start.plusMinutes(series.getDurationMinutes());
    }

    OccurrenceStatus status() {
        return row == null ? null : row.getStatus();
    }

    boolean moved() {
        return row != null && row.getMovedStart() != null;
    }

    boolean cancelled() {
        return status() == OccurrenceStatus.CANCELLED;
    }
}
