package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentEvidence;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * All invest equally: per partner with commitments in force during the window, the commitments each way are
 * compared — amounts cannot be, their units differ. A partner is balanced when the smaller side is at least
 * 1/R of the larger (R = ratio, 2 means "within 1:2"): its share is min(1, R × smaller ÷ larger), 0 when only
 * one side gives. The fraction is the mean share over those partners.
 */
@Component
class CommitmentBalanceRule implements EvidenceRule {

    private final CommitmentEvidence commitments;
    private final PartnerService partners;

    CommitmentBalanceRule(CommitmentEvidence commitments, PartnerService partners) {
        this.commitments = commitments;
        this.partners = partners;
    }

    @Override
    public String kind() {
        return "commitment-balance";
    }

    @Override
    public Set<String> criteriaKeys() {
        return Set.of("partnerKinds");
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Reads.COMMITMENTS;
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return List.of(new Tunable("ratio", "Balanced within 1 : this", 1, 10), Tunable.WINDOW);
    }

    @Override
    public void check(RuleSpec spec) {
        CommitmentTerms.query(spec.criteria());
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        return "For each of the " + Words.partnerKinds(spec.criteria().enums("partnerKinds", PartnerKind.class))
                + " with commitments in force during " + Words.window(p.get("windowMonths"))
                + ", the commitments each way balance within 1 : " + p.get("ratio")
                + " (counted, since amounts in different units cannot be compared); the share is the average.";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        Map<Long, long[][]> byPartner = commitments.countByPartner(
                CommitmentTerms.query(spec.criteria()), Days.windows(asOf, p.get("windowMonths")));
        List<Finding> findings = new ArrayList<>();
        for (int d = 0; d < asOf.size(); d++) {
            Map<Long, long[]> sides = sides(byPartner, d);
            if (sides.isEmpty()) {
                findings.add(new Finding(
                        0,
                        "no partners with commitments",
                        "Commitments with "
                                + Words.partnerKinds(spec.criteria().enums("partnerKinds", PartnerKind.class))
                                + ", given both ways."));
                continue;
            }
            double sum = 0;
            int balanced = 0;
            for (long[] side : sides.values()) {
                double share = share(side, p.get("ratio"));
                sum += share;
                balanced += share >= 1 ? 1 : 0;
            }
            String progress = balanced + " of " + sides.size() + " " + Words.plural(sides.size(), "partner", "partners")
                    + " balanced";
            findings.add(new Finding(
                    sum / sides.size(),
                    progress,
                    balanced == sides.size()
                            ? null
                            : (sides.size() - balanced) + " "
                                    + Words.plural(sides.size() - balanced, "partnership", "partnerships")
                                    + " where one side gives much more than the other: commitments the other "
                                    + "way."));
        }
        return findings;
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        Map<Long, long[]> sides = sides(
                commitments.countByPartner(
                        CommitmentTerms.query(spec.criteria()), Days.windows(List.of(asOf), p.get("windowMonths"))),
                0);
        Map<Long, String> names = partners.namesOf(sides.keySet());
        List<RecordLink> links = new ArrayList<>();
        sides.forEach((partnerId, side) -> links.add(new RecordLink(
                "Partner",
                partnerId,
                names.getOrDefault(partnerId, "#" + partnerId) + ": the library gives " + side[0] + ", receives "
                        + side[1],
                asOf,
                "partners/" + partnerId)));
        return links.stream()
                .sorted(Comparator.comparing(RecordLink::label))
                .limit(limit)
                .toList();
    }

    /** Per partner with commitments in force in window {@code w}: the library gives [0] and receives [1]. */
    private static Map<Long, long[]> sides(Map<Long, long[][]> byPartner, int w) {
        Map<Long, long[]> sides = new TreeMap<>();
        byPartner.forEach((partner, counts) -> {
            long gives = counts[CommitmentDirection.LIBRARY_TO_PARTNER.ordinal()][w];
            long receives = counts[CommitmentDirection.PARTNER_TO_LIBRARY.ordinal()][w];
            if (gives + receives > 0) {
                sides.put(partner, new long[] {gives, receives});
            }
        });
        return sides;
    }

    static double share(long[] side, int ratio) {
        long small = Math.min(side[0], side[1]);
        long large = Math.max(side[0], side[1]);
        return large == 0 ? 0 : Math.min(1.0, (double) ratio * small / large);
    }
}
