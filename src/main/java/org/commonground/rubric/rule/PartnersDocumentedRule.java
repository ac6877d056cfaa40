package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.commonground.partner.PartnerEvidence;
import org.commonground.partner.PartnerFact;
import org.commonground.partner.PartnerKind;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/** At least N current partners of a kind with their mission and goals written down on their record. */
@Component
class PartnersDocumentedRule implements EvidenceRule {

    private final PartnerEvidence partners;

    PartnersDocumentedRule(PartnerEvidence partners) {
        this.partners = partners;
    }

    @Override
    public String kind() {
        return "partners-documented";
    }

    @Override
    public Set<String> criteriaKeys() {
        return Set.of("partnerKinds");
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Set.of("partner");
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return List.of(Tunable.MIN_COUNT);
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        return "At least " + p.get("minCount") + " " + kinds(spec) + " with their mission and goals documented.";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        List<PartnerFact> facts = partners.facts(spec.criteria().enums("partnerKinds", PartnerKind.class));
        int need = p.get("minCount");
        return asOf.stream()
                .map(day -> {
                    long have = documented(facts, day).size();
                    return Finding.count(
                            have,
                            need,
                            n -> "of the " + kinds(spec) + " documented",
                            "The mission and goals of " + (need - have) + " more of the " + kinds(spec)
                                    + " written down on their record.");
                })
                .toList();
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        return documented(partners.facts(spec.criteria().enums("partnerKinds", PartnerKind.class)), asOf).stream()
                .limit(limit)
                .map(f -> new RecordLink("Partner", f.id(), f.name(), f.since(), "partners/" + f.id()))
                .toList();
    }

    private static List<PartnerFact> documented(List<PartnerFact> facts, LocalDate day) {
        return facts.stream()
                .filter(f -> f.currentOn(day) && f.goalsDocumented())
                .toList();
    }

    private static String kinds(RuleSpec spec) {
        return Words.partnerKinds(spec.criteria().enums("partnerKinds", PartnerKind.class));
    }
}
