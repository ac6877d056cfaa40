package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import org.commonground.interaction.InteractionCriteria;
import org.commonground.interaction.InteractionEvidence;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/** At least N matching interactions in the look-back window; the fraction is the share of N reached. */
@Component
class InteractionCountRule implements EvidenceRule {

    private final InteractionEvidence interactions;
    private final InteractionTerms terms;

    InteractionCountRule(InteractionEvidence interactions, InteractionTerms terms) {
        this.interactions = interactions;
        this.terms = terms;
    }

    @Override
    public String kind() {
        return "interaction-count";
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
        return List.of(Tunable.MIN_COUNT, Tunable.WINDOW);
    }

    @Override
    public void check(RuleSpec spec) {
        terms.query(spec.criteria());
    }

    @Override
    public void prepare(RuleSpec spec) {
        interactions.track(terms.query(spec.criteria()));
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        int n = p.get("minCount");
        return "At least " + n + " " + InteractionTerms.noun(spec.criteria(), n != 1) + " in "
                + Words.window(p.get("windowMonths")) + ".";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        int window = p.get("windowMonths");
        int need = p.get("minCount");
        InteractionCriteria query = terms.query(spec.criteria());
        NavigableMap<LocalDate, Long> daily =
                interactions.dailyCounts(query, Days.periodStart(asOf, window), Days.latest(asOf));
        return asOf.stream()
                .map(day -> {
                    long have = Days.sum(daily, Days.windowStart(day, window), day);
                    long more = need - have;
                    return Finding.count(
                            have,
                            need,
                            n -> InteractionTerms.noun(spec.criteria(), n != 1),
                            more + " more " + InteractionTerms.noun(spec.criteria(), more != 1) + ".");
                })
                .toList();
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        return interactions.examples(
                terms.query(spec.criteria()), Days.windowStart(asOf, p.get("windowMonths")), asOf, limit);
    }
}
