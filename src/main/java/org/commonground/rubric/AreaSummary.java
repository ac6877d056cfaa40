package org.commonground.rubric;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** An area at a glance: the average of its strands' scores and how many strands are at each stage. */
public record AreaSummary(AreaDefinition area, double average, Map<Stage, Long> strandsByStage) {

    static AreaSummary of(AreaDefinition area, List<StrandScore> scores) {
        double average =
                scores.stream().mapToDouble(StrandScore::score).average().orElse(1);
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        byStage.putAll(scores.stream().collect(Collectors.groupingBy(StrandScore::stage, Collectors.counting())));
        return new AreaSummary(area, Math.round(average * 100) / 100.0, byStage);
    }

    /** "Average 5.2 across 3 strands: 2 Intentional, 1 Aware". */
    public String sentence() {
        long strands =
                strandsByStage.values().stream().mapToLong(Long::longValue).sum();
        String stages = strandsByStage.entrySet().stream()
                .sorted(Map.Entry.<Stage, Long>comparingByKey().reversed())
                .map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
        return "Average " + String.format(Locale.US, "%.1f", Math.floor(average * 10 + 1e-9) / 10) + " across "
                + strands + (strands == 1 ? " strand" : " strands") + ": " + stages;
    }
}
