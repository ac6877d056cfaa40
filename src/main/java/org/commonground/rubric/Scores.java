package org.commonground.rubric;

import java.util.Map;

/** Strand scores from indicator findings: a stage's fraction is the mean of its indicators'. */
final class Scores {

    private Scores() {}

    static StrandScore of(StrandDefinition strand, Map<String, IndicatorFinding> findings) {
        return StrandScore.of(
                stage(strand.stage(Stage.AWARE), findings),
                stage(strand.stage(Stage.INTENTIONAL), findings),
                stage(strand.stage(Stage.PURPOSEFUL), findings));
    }

    /**
     * The mean fraction of the stage's indicators. A stage the source leaves without indicators has nothing to
     * achieve and does not hold the strand back: it counts as complete.
     */
    static double stage(StageDefinition stage, Map<String, IndicatorFinding> findings) {
        if (!stage.hasIndicators()) {
            return 1.0;
        }
        double sum = 0;
        for (IndicatorDefinition indicator : stage.indicators()) {
            sum += findings.get(indicator.key()).fraction();
        }
        return sum / stage.indicators().size();
    }
}
