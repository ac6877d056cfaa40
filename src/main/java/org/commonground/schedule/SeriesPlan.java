package org.commonground.schedule;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a series form works out to: its first occurrence (the first date the rule gives on or after the
 * chosen start date), its rule, when its last occurrence ends (null if never), the sentence and the next dates.
 */
public record SeriesPlan(
        ZonedDateTime first, Recurrence recurrence, Instant endsAt, String sentence, List<ZonedDateTime> next) {}
