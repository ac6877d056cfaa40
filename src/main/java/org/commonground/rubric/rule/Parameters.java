package org.commonground.rubric.rule;

import java.util.LinkedHashMap;
import java.util.Map;

/** An indicator's tunable numbers in effect on a date (thresholds, look-back windows), by name. */
public record Parameters(Map<String, Integer> values) {

    public Parameters {
        values = Map.copyOf(values);
    }

    public int get(String name) {
        Integer value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("No parameter " + name + " (have " + values.keySet() + ")");
        }
        return value;
    }

    public int get(String name, int fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The parameters of one part of an all-of rule: those named {@code part.x}, as {@code x}. */
    public Parameters of(String part) {
        Map<String, Integer> mine = new LinkedHashMap<>();
        String prefix = part + ".";
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                mine.put(k.substring(prefix.length()), v);
            }
        });
        return new Parameters(mine);
    }
}
