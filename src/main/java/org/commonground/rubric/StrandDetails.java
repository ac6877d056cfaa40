package org.commonground.rubric;

import java.time.LocalDate;
import java.util.List;

/** A strand explained as of a date: its score, and per stage each indicator with its evidence. */
public record StrandDetails(StrandDefinition strand, LocalDate asOf, StrandScore score, List<StageDetails> stages) {}
