package org.commonground.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonground.rubric.rule.Criteria;
import org.commonground.rubric.rule.RuleEngine;
import org.commonground.rubric.rule.RuleSpec;
import org.commonground.rubric.rule.Tunable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the rubric data (rubric/rubric.yml) and checks every indicator against its rule: a misspelt rule,
 * criterion or parameter, a value out of range, a duplicate key — each stops the start-up with a message
 * naming the indicator, rather than scoring silently wrong.
 */
final class RubricLoader {

    private final RuleEngine engine;
    private final Set<String> keys = new HashSet<>();

    RubricLoader(RuleEngine engine) {
        this.engine = engine;
    }

    RubricDefinition load(InputStream in) throws IOException {
        Object root;
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        List<AreaDefinition> areas = new ArrayList<>();
        for (Map<String, Object> area : maps(map(root, "rubric").get("areas"), "areas")) {
            String areaKey = text(area, "key", "area");
            String areaTitle = text(area, "title", "area " + areaKey);
            List<StrandDefinition> strands = new ArrayList<>();
            for (Map<String, Object> strand : maps(area.get("strands"), "area " + areaKey + " strands")) {
                strands.add(strand(strand, areaKey, areaTitle));
            }
            areas.add(new AreaDefinition(areaKey, areaTitle, strands));
        }
        return new RubricDefinition(areas);
    }

    private StrandDefinition strand(Map<String, Object> strand, String areaKey, String areaTitle) {
        String key = text(strand, "key", "strand");
        Map<String, Object> stages = map(strand.get("stages"), "strand " + key + " stages");
        List<StageDefinition> defined = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            String name = stage.name().toLowerCase(Locale.ROOT);
            Map<String, Object> data = map(stages.get(name), "strand " + key + " stage " + name);
            String endGoal = data.get("endGoal") == null ? null : String.valueOf(data.get("endGoal"));
            List<IndicatorDefinition> indicators = new ArrayList<>();
            for (Map<String, Object> indicator : maps(data.get("indicators"), "strand " + key + " " + name)) {
                indicators.add(indicator(indicator, areaKey, key, stage));
            }
            defined.add(new StageDefinition(stage, endGoal, indicators));
        }
        return new StrandDefinition(key, text(strand, "title", "strand " + key), areaKey, areaTitle, defined);
    }

    private IndicatorDefinition indicator(Map<String, Object> data, String areaKey, String strandKey, Stage stage) {
        String key = text(data, "key", "an indicator of " + strandKey);
        if (!keys.add(key)) {
            throw new IllegalStateException("Indicator " + key + " appears twice in the rubric data");
        }
        try {
            RuleSpec spec = spec(data);
            engine.check(spec);
            Map<String, Integer> defaults = defaults(spec, data);
            EvidencePolicy policy = EvidencePolicy.ofDataName(text(data, "evidence", key));
            if ("attestation".equals(spec.kind()) != (policy == EvidencePolicy.ATTESTATION)) {
                throw new IllegalArgumentException("the attestation rule and evidence: attestation go together");
            }
            return new IndicatorDefinition(
                    key,
                    text(data, "short", key),
                    text(data, "text", key),
                    areaKey,
                    strandKey,
                    stage,
                    spec,
                    defaults,
                    policy);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Indicator " + key + " in the rubric data: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private RuleSpec spec(Map<String, Object> data) {
        String kind = text(data, "rule", "rule");
        List<RuleSpec.Part> parts = new ArrayList<>();
        if (data.get("parts") != null) {
            for (Map<String, Object> part : maps(data.get("parts"), "parts")) {
                parts.add(new RuleSpec.Part(text(part, "name", "part"), spec(part)));
            }
        }
        return new RuleSpec(kind, new Criteria((Map<String, Object>) data.get("criteria")), parts);
    }

    /** The shipped parameters, flattened for all-of rules ("reviewed.minCount"), each checked against its range. */
    private Map<String, Integer> defaults(RuleSpec spec, Map<String, Object> data) {
        Map<String, Integer> given = new LinkedHashMap<>();
        if ("all-of".equals(spec.kind())) {
            List<Map<String, Object>> parts = maps(data.get("parts"), "parts");
            for (int i = 0; i < parts.size(); i++) {
                String name = spec.parts().get(i).name();
                numbers(parts.get(i).get("parameters")).forEach((k, v) -> given.put(name + "." + k, v));
            }
        } else {
            given.putAll(numbers(data.get("parameters")));
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        for (Tunable tunable : engine.tunables(spec)) {
            Integer value = given.remove(tunable.name());
            if (value == null) {
                value = tunable.fallback();
            }
            if (value == null) {
                throw new IllegalArgumentException("parameter " + tunable.name() + " is required");
            }
            if (value < tunable.min() || value > tunable.max()) {
                throw new IllegalArgumentException("parameter " + tunable.name() + " = " + value + " is outside "
                        + tunable.min() + "–" + tunable.max());
            }
            values.put(tunable.name(), value);
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("parameters " + given.keySet() + " mean nothing to rule " + spec.kind());
        }
        return values;
    }

    private static Map<String, Integer> numbers(Object value) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        if (value == null) {
            return numbers;
        }
        map(value, "parameters").forEach((k, v) -> {
            if (!(v instanceof Integer n)) {
                throw new IllegalArgumentException("parameter " + k + " must be a whole number");
            }
            numbers.put(k, n);
        });
        return numbers;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalStateException("Rubric data: " + what + " must be a map");
        }
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException("Rubric data: " + what + " must be a list");
        }
        return list.stream().map(item -> map(item, what)).toList();
    }

    private static String text(Map<String, Object> data, String key, String where) {
        Object value = data.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalStateException("Rubric data: " + where + " has no " + key);
        }
        return String.valueOf(value).strip();
    }
}
