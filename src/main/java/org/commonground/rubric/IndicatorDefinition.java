package org.commonground.rubric;

import java.util.Map;
import org.commonground.rubric.rule.RuleSpec;

/**
 * One indicator of the rubric: the source's wording, our short label, where it sits, and how its evidence is
 * derived — the rule, the parameters it ships with, and whether an attestation can stand for records.
 */
public record IndicatorDefinition(
        String key,
        String shortText,
        String text,
        String areaKey,
        String strandKey,
        Stage stage,
        RuleSpec rule,
        Map<String, Integer> defaults,
        EvidencePolicy evidence) {

    public IndicatorDefinition {
        defaults = Map.copyOf(defaults);
    }
}
