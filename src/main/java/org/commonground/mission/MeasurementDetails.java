package org.commonground.mission;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One measurement as the mission page shows it. */
public record MeasurementDetails(long id, LocalDate date, BigDecimal value, String note, long version) {}
