package org.commonground.schedule;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * One occurrence as the series page, the calendar and the partner page show it.
 *
 * @param original its original local start: with the series id, what identifies it
 * @param version  the stored occurrence's version, or -1 when nothing is stored yet (for a stale check)
 * @param partners the series' partners' names, joined
 */
public record OccurrenceItem(
        long seriesId,
        String seriesTitle,
        LocalDateTime original,
        ZonedDateTime start,
        ZonedDateTime end,
        OccurrenceStatus status,
        boolean moved,
        boolean past,
        String note,
        Set<Long> staffIds,
        Set<Long> contactIds,
        Long interactionId,
        long version,
        String partners,
        String location) {

    public boolean cancelled() {
        return status == OccurrenceStatus.CANCELLED;
    }
}
