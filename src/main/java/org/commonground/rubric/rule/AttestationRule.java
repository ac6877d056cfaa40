package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * For indicators no record can show (a plan written, a recognition received): records never count, only a
 * current attestation does, which the scoring applies (its evidence policy is "attestation").
 */
@Component
class AttestationRule implements EvidenceRule {

    @Override
    public String kind() {
        return "attestation";
    }

    @Override
    public Set<String> criteriaKeys() {
        return Set.of();
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Set.of();
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return List.of();
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        return "A current attestation: a dated, signed statement with its evidence, by someone who can vouch for it.";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        return asOf.stream()
                .map(day -> new Finding(
                        0, "no records apply", "An attestation with its evidence (a document, a link or a statement)."))
                .toList();
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        return List.of();
    }
}
