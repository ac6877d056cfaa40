package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.commonground.mission.MissionEvidence;
import org.commonground.partner.PartnerEvidence;
import org.commonground.partner.PartnerFact;
import org.commonground.partner.PartnerKind;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * Stable partnerships with intended and achieved outcomes: partners of a kind whose relationship is at least
 * M months old (their first logged interaction) and who signed an adopted mission whose measures — each with
 * a target, the intended outcome — were measured during the window (the achieved outcome). At least N of them.
 */
@Component
class StablePartnershipsRule implements EvidenceRule {

    private final MissionEvidence missions;
    private final PartnerEvidence partners;

    StablePartnershipsRule(MissionEvidence missions, PartnerEvidence partners) {
        this.missions = missions;
        this.partners = partners;
    }

    @Override
    public String kind() {
        return "stable-partnerships";
    }

    @Override
    public Set<String> criteriaKeys() {
        return Set.of("partnerKinds");
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Set.of("mission", "partner", "interaction");
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return List.of(
                new Tunable("minPartners", "At least this many partnerships", 1, 100),
                new Tunable("minAgeMonths", "Partnership at least this old (months)", 1, 240),
                Tunable.WINDOW);
    }

    @Override
    public void check(RuleSpec spec) {
        if (partnerKinds(spec).isEmpty()) {
            throw new IllegalArgumentException("criteria.partnerKinds is required: whose partnerships are measured");
        }
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        int n = p.get("minPartners");
        return "At least " + n + " " + kinds(spec) + " in a partnership of " + p.get("minAgeMonths")
                + " months or more (since the first logged interaction) that signed an adopted shared mission whose "
                + "measures, each with a target, were measured during " + Words.window(p.get("windowMonths")) + ".";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        int window = p.get("windowMonths");
        int need = p.get("minPartners");
        long[] counts = missions.countStablePartners(
                partnerKinds(spec),
                asOf.stream()
                        .map(day -> new MissionEvidence.Window(
                                Days.windowStart(day, window), day, day.minusMonths(p.get("minAgeMonths"))))
                        .toList());
        List<Integer> indexes = IntStream.range(0, asOf.size()).boxed().toList();
        return indexes.stream()
                .map(d -> {
                    long have = counts[d];
                    return Finding.count(
                            have,
                            need,
                            n -> Words.plural(n, "stable partnership", "stable partnerships"),
                            (need - have) + " more " + Words.plural(need - have, "partnership", "partnerships")
                                    + " with " + kinds(spec) + " of " + p.get("minAgeMonths")
                                    + "+ months with measured mission outcomes.");
                })
                .toList();
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        Map<Long, NavigableSet<LocalDate>> measured = missions.partnerMeasurementDays(
                partnerKinds(spec), Days.windowStart(asOf, p.get("windowMonths")), asOf);
        Map<Long, PartnerFact> first = facts(spec);
        return stable(measured, first, asOf, p).stream()
                .limit(limit)
                .map(first::get)
                .map(f -> new RecordLink(
                        "Partner",
                        f.id(),
                        f.name() + " (since " + Days.format(f.firstContactOn()) + ")",
                        f.firstContactOn(),
                        "partners/" + f.id()))
                .toList();
    }

    /** The partners of the kinds by id, each with the day of its first logged interaction. */
    private Map<Long, PartnerFact> facts(RuleSpec spec) {
        Map<Long, PartnerFact> byId = new HashMap<>();
        partners.facts(partnerKinds(spec)).forEach(f -> byId.put(f.id(), f));
        return byId;
    }

    private static List<Long> stable(
            Map<Long, NavigableSet<LocalDate>> measured, Map<Long, PartnerFact> first, LocalDate day, Parameters p) {
        LocalDate after = Days.windowStart(day, p.get("windowMonths"));
        LocalDate oldEnough = day.minusMonths(p.get("minAgeMonths"));
        return measured.entrySet().stream()
                .filter(e -> Days.any(e.getValue(), after, day))
                .filter(e -> first.containsKey(e.getKey())
                        && first.get(e.getKey()).firstContactOn() != null
                        && !first.get(e.getKey()).firstContactOn().isAfter(oldEnough))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static Set<PartnerKind> partnerKinds(RuleSpec spec) {
        return spec.criteria().enums("partnerKinds", PartnerKind.class);
    }

    private static String kinds(RuleSpec spec) {
        return Words.partnerKinds(partnerKinds(spec));
    }
}
