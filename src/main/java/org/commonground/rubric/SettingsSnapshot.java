package org.commonground.rubric;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.commonground.rubric.rule.Parameters;

/** Every tuning ever saved, read once per evaluation: the parameters that applied on any date. */
final class SettingsSnapshot {

    private final Map<String, NavigableMap<Instant, Map<String, Integer>>> byIndicator = new HashMap<>();
    private final ZoneId zone;

    SettingsSnapshot(List<IndicatorSetting> rows, ZoneId zone) {
        this.zone = zone;
        for (IndicatorSetting row : rows) {
            byIndicator
                    .computeIfAbsent(row.getIndicatorKey(), k -> new TreeMap<>())
                    .put(row.getEffectiveFrom(), row.values());
        }
    }

    /** The parameters in effect at the end of {@code day}: the shipped ones, overridden by the latest tuning then. */
    Parameters on(IndicatorDefinition indicator, LocalDate day) {
        Map<String, Integer> values = new LinkedHashMap<>(indicator.defaults());
        NavigableMap<Instant, Map<String, Integer>> tunings = byIndicator.get(indicator.key());
        if (tunings != null) {
            Map.Entry<Instant, Map<String, Integer>> applied =
                    tunings.lowerEntry(day.plusDays(1).atStartOfDay(zone).toInstant());
            if (applied != null) {
                // Only names the rule still takes: a parameter dropped from the rubric data is ignored.
                applied.getValue().forEach((k, v) -> values.computeIfPresent(k, (name, old) -> v));
            }
        }
        return new Parameters(values);
    }
}
