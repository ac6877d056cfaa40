package org.commonground.schedule;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/** A meeting series as its page shows it. */
public record SeriesDetails(
        long id,
        String uid,
        String title,
        String notes,
        String location,
        String videoLink,
        long organizerId,
        String organizerName,
        List<Option> partners,
        List<Option> staff,
        List<Option> contacts,
        ZonedDateTime start,
        int durationMinutes,
        String rule,
        String sentence,
        int sequence,
        Integer reminderHours,
        Instant endsAt,
        Long previousSeriesId,
        ZonedDateTime nextStart,
        Adherence last6Months,
        Adherence last12Months,
        boolean hasMarkedPast,
        long version,
        Instant createdAt,
        String createdBy) {}
