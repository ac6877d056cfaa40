package org.commonground.schedule;

import java.time.LocalDate;
import java.util.Set;

/** One occurrence of a check-in as the rubric reads it: its series, the day it fell on, and how it went. */
public record CheckInOutcome(
        long seriesId, String seriesTitle, Set<Long> partnerIds, LocalDate day, OccurrenceStatus status) {}
