package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import org.commonground.interaction.Initiator;
import org.commonground.interaction.InteractionCriteria;
import org.commonground.interaction.InteractionEvidence;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * The share of matching interactions that one side initiated, full at a set percentage; with fewer than N
 * interactions in the window the share counts only in proportion (two meetings are no pattern yet):
 * fraction = min(1, share ÷ full-at) × min(1, interactions ÷ N).
 */
@Component
class InitiatedShareRule implements EvidenceRule {

    private final InteractionEvidence interactions;
    private final InteractionTerms terms;

    InitiatedShareRule(InteractionEvidence interactions, InteractionTerms terms) {
        this.interactions = interactions;
        this.terms = terms;
    }

    @Override
    public String kind() {
        return "initiated-share";
    }

    @Override
    public Set<String> criteriaKeys() {
        return InteractionTerms.KEYS;
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Reads.interactions(spec.criteria());
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return List.of(
                new Tunable("fullAtPercent", "Full at this share (%)", 1, 100),
                new Tunable("minCount", "Interactions needed for a pattern", 1, 500),
                Tunable.WINDOW);
    }

    @Override
    public void check(RuleSpec spec) {
        if (spec.criteria().oneOf("initiatedBy", Initiator.class) == null) {
            throw new IllegalArgumentException("criteria.initiatedBy is required: whose initiative is measured");
        }
        terms.query(spec.criteria());
    }

    @Override
    public void prepare(RuleSpec spec) {
        InteractionCriteria initiated = terms.query(spec.criteria());
        interactions.track(initiated);
        interactions.track(initiated.withInitiator(null));
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        Criteria all = spec.criteria().without("initiatedBy");
        return "At least " + p.get("fullAtPercent") + " % of the " + InteractionTerms.noun(all, true) + " in "
                + Words.window(p.get("windowMonths")) + " initiated by " + side(spec) + ", over at least "
                + p.get("minCount") + " of them.";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        int window = p.get("windowMonths");
        int fullAt = p.get("fullAtPercent");
        int need = p.get("minCount");
        InteractionCriteria initiated = terms.query(spec.criteria());
        InteractionCriteria all = initiated.withInitiator(null);
        LocalDate start = Days.periodStart(asOf, window);
        NavigableMap<LocalDate, Long> allDays = interactions.dailyCounts(all, start, Days.latest(asOf));
        NavigableMap<LocalDate, Long> initiatedDays = interactions.dailyCounts(initiated, start, Days.latest(asOf));
        String noun = InteractionTerms.noun(spec.criteria().without("initiatedBy"), true);
        return asOf.stream()
                .map(day -> {
                    LocalDate after = Days.windowStart(day, window);
                    long total = Days.sum(allDays, after, day);
                    long byThem = Days.sum(initiatedDays, after, day);
                    double share = total == 0 ? 0 : (double) byThem / total;
                    double fraction = Math.min(1.0, share * 100 / fullAt) * Math.min(1.0, (double) total / need);
                    String progress = byThem + " of " + total + " " + noun + " initiated by " + side(spec) + " ("
                            + Math.round(share * 100) + " %)";
                    String missing = null;
                    if (fraction < 1) {
                        missing = total < need
                                ? (need - total) + " more " + noun + " for a pattern"
                                        + (share * 100 < fullAt ? ", and more of them initiated by " + side(spec) : "")
                                        + "."
                                : "More of the " + noun + " initiated by " + side(spec) + ": at least " + fullAt
                                        + " %.";
                    }
                    return new Finding(fraction, progress, missing);
                })
                .toList();
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        return interactions.examples(
                terms.query(spec.criteria()), Days.windowStart(asOf, p.get("windowMonths")), asOf, limit);
    }

    private static String side(RuleSpec spec) {
        return spec.criteria().oneOf("initiatedBy", Initiator.class) == Initiator.LIBRARY ? "the library" : "partners";
    }
}
