package org.commonground.rubric;

import java.util.List;

/** A stage of a strand: its end goal (null where the source leaves it blank) and its indicators. */
public record StageDefinition(Stage stage, String endGoal, List<IndicatorDefinition> indicators) {

    public static final String NOT_YET_DEFINED = "Not yet defined";

    public StageDefinition {
        indicators = List.copyOf(indicators);
    }

    /** The end goal as users read it: the source's words, or "Not yet defined". */
    public String endGoalText() {
        return endGoal == null || endGoal.isBlank() ? NOT_YET_DEFINED : endGoal;
    }

    public boolean hasIndicators() {
        return !indicators.isEmpty();
    }
}
