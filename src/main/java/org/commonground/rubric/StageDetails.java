package org.commonground.rubric;

import java.util.List;

/** A stage of a strand on the strand page: its end goal, its mean fraction and its indicators. */
public record StageDetails(StageDefinition stage, double fraction, List<IndicatorDetails> indicators) {}
