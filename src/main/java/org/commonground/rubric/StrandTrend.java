package org.commonground.rubric;

import java.util.List;

/** A strand's score month by month, oldest first. */
public record StrandTrend(StrandDefinition strand, List<TrendPoint> points) {}
