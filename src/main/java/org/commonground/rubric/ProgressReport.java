package org.commonground.rubric;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A progress report for the board or the city over a period: each strand's score and stage at its start and
 * end, the trend month by month, highlights of the period, and the next steps at its end.
 */
public record ProgressReport(String libraryName, LocalDate from, LocalDate to, List<StrandLine> strands,
        List<StrandTrend> trend, List<String> highlights, List<NextStep> nextSteps, Instant generatedAt) {

    /** A strand at the start and at the end of the period. */
    public record StrandLine(StrandDefinition strand, StrandScore atStart, StrandScore atEnd) {

        public double change() {
            return Math.round((atEnd.score() - atStart.score()) * 100) / 100.0;
        }
    }
}
