package org.commonground.rubric;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A progress report for the board or the city over a period: each strand's score and stage at its start and
 * end, the trend month by month, highlights of the period, and the next steps at its end.
 */
public record ProgressReport(
        String libraryName,
        LocalDate from,
        LocalDate to,
        List<StrandLine> strands,
        List<StrandTrend> trend,
        List<String> highlights,
        List<NextStep> nextSteps,
        Instant generatedAt) {

    /** Each area at the end of the period. */
    public List<AreaSummary> areas() {
        return strands.stream()
                .map(l -> l.strand().areaKey())
                .distinct()
                .map(key -> {
                    List<StrandLine> mine = strands.stream()
                            .filter(l -> l.strand().areaKey().equals(key))
                            .toList();
                    AreaDefinition area = new AreaDefinition(
                            key,
                            mine.getFirst().strand().areaTitle(),
                            mine.stream().map(StrandLine::strand).toList());
                    return AreaSummary.of(
                            area, mine.stream().map(StrandLine::atEnd).toList());
                })
                .toList();
    }

    /** A strand at the start and at the end of the period. */
    public record StrandLine(StrandDefinition strand, StrandScore atStart, StrandScore atEnd) {

        public double change() {
            return Math.round((atEnd.score() - atStart.score()) * 100) / 100.0;
        }
    }
}
