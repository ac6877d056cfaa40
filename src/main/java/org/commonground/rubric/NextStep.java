package org.commonground.rubric;

/** An indicator close to complete in the stage its strand is working on, with what is missing. */
public record NextStep(StrandDefinition strand, IndicatorDefinition indicator, IndicatorFinding finding) {}
