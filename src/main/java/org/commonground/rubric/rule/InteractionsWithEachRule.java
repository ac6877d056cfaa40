package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import org.commonground.interaction.InteractionCriteria;
import org.commonground.interaction.InteractionEvidence;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * At least N matching interactions with each of several groups of partners (the executive branch and an
 * agency): the fraction is the mean over the groups of the share of N each reached.
 */
@Component
class InteractionsWithEachRule implements EvidenceRule {

    private final InteractionEvidence interactions;
    private final InteractionTerms terms;

    InteractionsWithEachRule(InteractionEvidence interactions, InteractionTerms terms) {
        this.interactions = interactions;
        this.terms = terms;
    }

    @Override
    public String kind() {
        return "interactions-with-each";
    }

    @Override
    public Set<String> criteriaKeys() {
        Set<String> keys = new HashSet<>(InteractionTerms.KEYS);
        keys.add("groups");
        return keys;
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Reads.interactions(spec.criteria());
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return List.of(new Tunable("minEach", "At least this many with each", 1, 100), Tunable.WINDOW);
    }

    @Override
    public void check(RuleSpec spec) {
        List<Criteria> groups = spec.criteria().list("groups");
        if (groups.size() < 2) {
            throw new IllegalArgumentException("criteria.groups needs at least two groups of partners");
        }
        for (Criteria group : groups) {
            if (group.text("label") == null) {
                throw new IllegalArgumentException("each of criteria.groups needs a label");
            }
            for (String key : group.keys()) {
                if (!Set.of("label", "partnerKinds", "governmentKinds").contains(key)) {
                    throw new IllegalArgumentException("criteria.groups." + key + " means nothing (a group has a "
                            + "label, partnerKinds and governmentKinds)");
                }
            }
            group.enums("partnerKinds", PartnerKind.class);
            group.enums("governmentKinds", GovernmentKind.class);
        }
        terms.query(spec.criteria());
    }

    @Override
    public void prepare(RuleSpec spec) {
        spec.criteria().list("groups").forEach(group -> interactions.track(query(spec, group)));
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        int n = p.get("minEach");
        List<String> labels = spec.criteria().list("groups").stream()
                .map(g -> g.text("label"))
                .toList();
        return "At least " + n + " " + InteractionTerms.noun(withoutPartners(spec.criteria()), n != 1)
                + " with each of " + Words.and(labels) + ", in " + Words.window(p.get("windowMonths")) + ".";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        int window = p.get("windowMonths");
        int need = p.get("minEach");
        List<Criteria> groups = spec.criteria().list("groups");
        List<NavigableMap<LocalDate, Long>> perGroup = new ArrayList<>();
        for (Criteria group : groups) {
            perGroup.add(
                    interactions.dailyCounts(query(spec, group), Days.periodStart(asOf, window), Days.latest(asOf)));
        }
        return asOf.stream()
                .map(day -> {
                    double sum = 0;
                    List<String> progress = new ArrayList<>();
                    List<String> missing = new ArrayList<>();
                    for (int g = 0; g < groups.size(); g++) {
                        long have = Days.sum(perGroup.get(g), Days.windowStart(day, window), day);
                        sum += Math.min(1.0, (double) have / need);
                        progress.add(have + " with " + groups.get(g).text("label"));
                        if (have < need) {
                            missing.add((need - have) + " with " + groups.get(g).text("label"));
                        }
                    }
                    String noun = InteractionTerms.noun(withoutPartners(spec.criteria()), true);
                    return new Finding(
                            sum / groups.size(),
                            String.join(", ", progress),
                            missing.isEmpty() ? null : "More " + noun + ": " + Words.and(missing) + ".");
                })
                .toList();
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        LocalDate after = Days.windowStart(asOf, p.get("windowMonths"));
        List<RecordLink> links = new ArrayList<>();
        for (Criteria group : spec.criteria().list("groups")) {
            links.addAll(interactions.examples(query(spec, group), after, asOf, limit));
        }
        return links.stream()
                .distinct()
                .sorted((a, b) -> b.date().compareTo(a.date()))
                .limit(limit)
                .toList();
    }

    private InteractionCriteria query(RuleSpec spec, Criteria group) {
        return terms.query(spec.criteria())
                .withPartners(
                        group.enums("partnerKinds", PartnerKind.class),
                        group.enums("governmentKinds", GovernmentKind.class));
    }

    private static Criteria withoutPartners(Criteria c) {
        return c.without("groups", "partnerKinds", "governmentKinds");
    }
}
