package org.commonground.mission;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the rubric needs of a measure: does it have a target, and how many measurements. */
public record MeasureFacts(long id, String name, BigDecimal targetValue, LocalDate targetDate, long measurementCount) {

    public boolean hasTarget() {
        return targetValue != null && targetDate != null;
    }
}
