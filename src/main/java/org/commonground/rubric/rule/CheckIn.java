package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.Set;

/** One past occurrence of a recurring check-in, as the rubric reads it: which series, when, and how it went. */
public record CheckIn(long seriesId, String seriesTitle, Set<Long> partnerIds, LocalDate date, Outcome outcome) {

    public enum Outcome {
        HELD,
        CANCELLED,
        MISSED,
        UNMARKED
    }
}
