package org.commonground.rubric;

import java.util.List;

/** A strand of an area (local government, DEI organizations…), with its three stages in order. */
public record StrandDefinition(
        String key, String title, String areaKey, String areaTitle, List<StageDefinition> stages) {

    public StrandDefinition {
        stages = List.copyOf(stages);
    }

    public StageDefinition stage(Stage stage) {
        return stages.get(stage.ordinal());
    }

    public List<IndicatorDefinition> indicators() {
        return stages.stream().flatMap(s -> s.indicators().stream()).toList();
    }
}
