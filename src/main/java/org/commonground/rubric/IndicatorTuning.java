package org.commonground.rubric;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonground.rubric.rule.Tunable;

/**
 * An indicator's parameters as the settings page shows them: what each means and may be, the shipped values,
 * the values in effect now, and the tunings so far (newest first).
 *
 * @param latestSettingId the tuning in effect now (0 for the shipped values): a save names it, so two
 *     administrators tuning at once cannot overwrite each other unseen
 */
public record IndicatorTuning(
        IndicatorDefinition indicator,
        String rule,
        List<Tunable> tunables,
        Map<String, Integer> defaults,
        Map<String, Integer> current,
        long latestSettingId,
        List<Change> changes) {

    /** One saved tuning: who, when, from which values to which, and why. */
    public record Change(Instant at, String by, Map<String, Integer> before, Map<String, Integer> after, String note) {}
}
