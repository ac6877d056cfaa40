package org.commonground.schedule;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

/** An upcoming occurrence a reminder may be due for, read whole inside the service's transaction. */
record DueOccurrence(
        long seriesId,
        String title,
        LocalDateTime original,
        ZonedDateTime start,
        int durationMinutes,
        boolean moved,
        String location,
        String videoLink,
        int reminderHours,
        Set<Long> staffIds,
        Set<Long> contactIds) {}
