package org.commonground.rubric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole rubric as shipped: areas, strands, stages, end goals and indicators with their rules. */
public final class RubricDefinition {

    private final List<AreaDefinition> areas;
    private final Map<String, StrandDefinition> strands = new LinkedHashMap<>();
    private final Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();

    RubricDefinition(List<AreaDefinition> areas) {
        this.areas = List.copyOf(areas);
        for (AreaDefinition area : areas) {
            for (StrandDefinition strand : area.strands()) {
                strands.put(strand.key(), strand);
                strand.indicators().forEach(i -> indicators.put(i.key(), i));
            }
        }
    }

    public List<AreaDefinition> areas() {
        return areas;
    }

    public List<StrandDefinition> strands() {
        return List.copyOf(strands.values());
    }

    public Optional<StrandDefinition> strand(String key) {
        return Optional.ofNullable(strands.get(key));
    }

    public Optional<IndicatorDefinition> indicator(String key) {
        return Optional.ofNullable(indicators.get(key));
    }

    public List<IndicatorDefinition> indicators() {
        return List.copyOf(indicators.values());
    }
}
