package org.commonground.schedule;

import java.time.ZonedDateTime;

/** An occurrence as a partner user may see it: of a series involving their organization, nothing else. */
public record PartnerCheckIn(
        long seriesId,
        String title,
        ZonedDateTime start,
        ZonedDateTime end,
        OccurrenceStatus status,
        boolean moved,
        String location,
        String videoLink) {}
