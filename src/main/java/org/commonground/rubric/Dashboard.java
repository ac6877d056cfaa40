package org.commonground.rubric;

import java.time.LocalDate;
import java.util.List;

/** The rubric dashboard as of a date: every strand's score and its change since {@code comparedWith}, next steps. */
public record Dashboard(
        LocalDate asOf,
        LocalDate comparedWith,
        List<StrandCard> strands,
        List<AreaSummary> areas,
        List<NextStep> nextSteps) {

    public AreaSummary area(String key) {
        return areas.stream()
                .filter(a -> a.area().key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
