package org.commonground.rubric;

import java.util.List;
import java.util.Map;
import org.commonground.shared.RecordLink;

/**
 * Everything the strand page says about one indicator on a date: its finding, the rule in one sentence with
 * the parameters in effect, the records behind it, and its attestations.
 */
public record IndicatorDetails(
        IndicatorDefinition indicator,
        IndicatorFinding finding,
        String rule,
        Map<String, Integer> parameters,
        List<RecordLink> evidence,
        List<AttestationSummary> attestations) {}
