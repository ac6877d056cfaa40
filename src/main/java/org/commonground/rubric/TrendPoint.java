package org.commonground.rubric;

import java.time.LocalDate;

/** A strand's score on one date of its trend. */
public record TrendPoint(LocalDate date, StrandScore score) {}
