package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import org.commonground.partner.PartnerEvidence;
import org.commonground.partner.PartnerFact;
import org.commonground.partner.PartnerKind;
import org.commonground.shared.RecordLink;
import org.commonground.vetting.VettingEvidence;
import org.springframework.stereotype.Component;

/**
 * Defined criteria and vetting: once vetting criteria exist, the share of current partners of a kind vetted
 * within the validity period, full at a set percentage. Without criteria there is no vetting process: 0.
 */
@Component
class PartnersVettedRule implements EvidenceRule {

    private final PartnerEvidence partners;
    private final VettingEvidence vettings;

    PartnersVettedRule(PartnerEvidence partners, VettingEvidence vettings) {
        this.partners = partners;
        this.vettings = vettings;
    }

    @Override
    public String kind() {
        return "partners-vetted";
    }

    @Override
    public Set<String> criteriaKeys() {
        return Set.of("partnerKinds");
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Set.of("partner", "vetting");
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return List.of(
                new Tunable("fullAtPercent", "Full when this share is vetted (%)", 1, 100),
                new Tunable("validMonths", "A vetting counts for (months)", 1, 120));
    }

    @Override
    public void check(RuleSpec spec) {
        if (spec.criteria().enums("partnerKinds", PartnerKind.class).isEmpty()) {
            throw new IllegalArgumentException("criteria.partnerKinds is required: whose vetting is measured");
        }
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        return "Vetting criteria are defined, and at least " + p.get("fullAtPercent") + " % of the current "
                + kinds(spec) + " were vetted against them in the last " + p.get("validMonths") + " months.";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        Set<PartnerKind> kinds = spec.criteria().enums("partnerKinds", PartnerKind.class);
        List<PartnerFact> facts = partners.facts(kinds);
        Map<Long, NavigableSet<LocalDate>> vetted = vettings.vettingDays(kinds);
        Optional<LocalDate> criteriaSince = vettings.criteriaSince();
        int fullAt = p.get("fullAtPercent");
        return asOf.stream()
                .map(day -> {
                    if (criteriaSince.isEmpty() || criteriaSince.get().isAfter(day)) {
                        return new Finding(
                                0,
                                "no vetting criteria",
                                "Vetting criteria (Administration → Vetting criteria), " + "then vetting of "
                                        + kinds(spec) + " against them.");
                    }
                    List<PartnerFact> current =
                            facts.stream().filter(f -> f.currentOn(day)).toList();
                    long done = current.stream()
                            .filter(f -> vettedIn(vetted, f.id(), day, p))
                            .count();
                    if (current.isEmpty()) {
                        return new Finding(0, "no " + kinds(spec), "Partners among " + kinds(spec) + " to vet.");
                    }
                    double share = (double) done / current.size();
                    long needed = (long) Math.ceil(current.size() * fullAt / 100.0);
                    return new Finding(
                            Math.min(1.0, share * 100 / fullAt),
                            done + " of " + current.size() + " vetted (" + Math.round(share * 100) + " %)",
                            done >= needed ? null : "Vet " + (needed - done) + " more of the " + kinds(spec) + ".");
                })
                .toList();
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        Set<PartnerKind> kinds = spec.criteria().enums("partnerKinds", PartnerKind.class);
        Map<Long, NavigableSet<LocalDate>> vetted = vettings.vettingDays(kinds);
        return partners.facts(kinds).stream()
                .filter(f -> f.currentOn(asOf) && vettedIn(vetted, f.id(), asOf, p))
                .limit(limit)
                .map(f -> new RecordLink(
                        "Partner",
                        f.id(),
                        f.name() + " (vetted " + Days.format(vetted.get(f.id()).floor(asOf)) + ")",
                        vetted.get(f.id()).floor(asOf),
                        "partners/" + f.id()))
                .toList();
    }

    private static boolean vettedIn(
            Map<Long, NavigableSet<LocalDate>> vetted, long partnerId, LocalDate day, Parameters p) {
        NavigableSet<LocalDate> days = vetted.get(partnerId);
        return days != null && Days.any(days, day.minusMonths(p.get("validMonths")), day);
    }

    private static String kinds(RuleSpec spec) {
        return Words.partnerKinds(spec.criteria().enums("partnerKinds", PartnerKind.class));
    }
}
