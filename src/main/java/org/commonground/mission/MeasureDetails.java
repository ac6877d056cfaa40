package org.commonground.mission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An evaluation measure with its measurements (oldest first) and whether it is on track. */
public record MeasureDetails(
        long id,
        String name,
        String unit,
        Direction direction,
        BigDecimal targetValue,
        LocalDate targetDate,
        List<MeasurementDetails> measurements,
        Progress progress,
        long version) {}
