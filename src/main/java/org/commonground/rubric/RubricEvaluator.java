package org.commonground.rubric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.rubric.rule.Finding;
import org.commonground.rubric.rule.Parameters;
import org.commonground.rubric.rule.RuleEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates indicators on a list of dates: each rule once per set of parameters in effect (usually once for
 * all dates), then attestations where the indicator accepts them.
 */
@Component
class RubricEvaluator {

    private static final Logger log = LoggerFactory.getLogger(RubricEvaluator.class);

    private final RuleEngine engine;
    private final AttestationService attestations;
    private final RubricCache cache;

    RubricEvaluator(RuleEngine engine, AttestationService attestations, RubricCache cache) {
        this.engine = engine;
        this.attestations = attestations;
        this.cache = cache;
    }

    /** Per indicator key, one finding per date, in the order of {@code dates}. */
    Map<String, List<IndicatorFinding>> evaluate(
            Collection<IndicatorDefinition> indicators, List<LocalDate> dates, SettingsSnapshot settings) {
        Set<String> attestable = indicators.stream()
                .filter(i -> i.evidence().acceptsAttestation())
                .map(IndicatorDefinition::key)
                .collect(Collectors.toSet());
        Map<String, List<Attestation>> attested = attestable.isEmpty()
                ? Map.of()
                : attestations.forIndicators(attestable).stream()
                        .collect(Collectors.groupingBy(Attestation::getIndicatorKey));
        Map<String, List<IndicatorFinding>> results = new LinkedHashMap<>();
        Map<String, Long> stood = cache.stand();
        for (IndicatorDefinition indicator : indicators) {
            List<Finding> findings = findings(indicator, dates, settings, stood);
            List<Attestation> own = attested.getOrDefault(indicator.key(), List.of());
            List<IndicatorFinding> out = new ArrayList<>(dates.size());
            for (int d = 0; d < dates.size(); d++) {
                out.add(finding(indicator, findings.get(d), own, dates.get(d)));
            }
            results.put(indicator.key(), out);
        }
        return results;
    }

    /** The rule's findings, evaluated once per distinct set of parameters among the dates. */
    private List<Finding> findings(
            IndicatorDefinition indicator, List<LocalDate> dates, SettingsSnapshot settings, Map<String, Long> stood) {
        Map<Parameters, List<Integer>> byParameters = new LinkedHashMap<>();
        for (int d = 0; d < dates.size(); d++) {
            byParameters
                    .computeIfAbsent(settings.on(indicator, dates.get(d)), p -> new ArrayList<>())
                    .add(d);
        }
        Map<Integer, Finding> byIndex = new HashMap<>();
        byParameters.forEach((parameters, indexes) -> {
            List<LocalDate> some = indexes.stream().map(dates::get).toList();
            long started = System.nanoTime();
            Set<String> reads = engine.reads(indicator.rule());
            List<Finding> found = cache.get(indicator.key(), parameters, some, reads, stood);
            if (found == null) {
                found = engine.rule(indicator.rule().kind()).evaluate(indicator.rule(), parameters, some);
                cache.put(indicator.key(), parameters, some, reads, stood, found);
            }
            if (log.isDebugEnabled()) {
                log.debug(
                        "{} ({}) for {} dates: {} ms",
                        indicator.key(),
                        indicator.rule().kind(),
                        some.size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            for (int k = 0; k < indexes.size(); k++) {
                byIndex.put(indexes.get(k), found.get(k));
            }
        });
        List<Finding> ordered = new ArrayList<>(dates.size());
        for (int d = 0; d < dates.size(); d++) {
            ordered.add(byIndex.get(d));
        }
        return ordered;
    }

    private static IndicatorFinding finding(
            IndicatorDefinition indicator, Finding found, List<Attestation> attested, LocalDate day) {
        boolean attestedOn =
                indicator.evidence().acceptsAttestation() && attested.stream().anyMatch(a -> a.currentOn(day));
        if (attestedOn) {
            return new IndicatorFinding(
                    indicator.key(),
                    1.0,
                    found.fraction(),
                    indicator.evidence() == EvidencePolicy.ATTESTATION ? "attested" : found.progress() + "; attested",
                    null,
                    true);
        }
        return new IndicatorFinding(
                indicator.key(), found.fraction(), found.fraction(), found.progress(), found.missing(), false);
    }
}
