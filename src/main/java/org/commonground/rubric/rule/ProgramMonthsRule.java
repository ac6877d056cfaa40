package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import org.commonground.interaction.InteractionEvidence;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * Sustained programming: matching interactions (program sessions) in at least N different calendar months of
 * the look-back window; the fraction is the share of N months reached.
 */
@Component
class ProgramMonthsRule implements EvidenceRule {

    private final InteractionEvidence interactions;
    private final InteractionTerms terms;

    ProgramMonthsRule(InteractionEvidence interactions, InteractionTerms terms) {
        this.interactions = interactions;
        this.terms = terms;
    }

    @Override
    public String kind() {
        return "program-months";
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
        return List.of(new Tunable("minMonths", "Months with sessions, at least", 1, 60), Tunable.WINDOW);
    }

    @Override
    public void prepare(RuleSpec spec) {
        interactions.track(terms.query(spec.criteria()));
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        return InteractionTerms.noun(spec.criteria(), true).substring(0, 1).toUpperCase()
                + InteractionTerms.noun(spec.criteria(), true).substring(1) + " in at least " + p.get("minMonths")
                + " different months of " + Words.window(p.get("windowMonths")) + ".";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        int window = p.get("windowMonths");
        int need = p.get("minMonths");
        NavigableMap<LocalDate, Long> daily = interactions.dailyCounts(
                terms.query(spec.criteria()), Days.periodStart(asOf, window), Days.latest(asOf));
        return asOf.stream()
                .map(day -> {
                    Set<YearMonth> months = new HashSet<>();
                    daily.subMap(Days.windowStart(day, window), false, day, true)
                            .keySet()
                            .forEach(d -> months.add(YearMonth.from(d)));
                    long have = months.size();
                    return Finding.count(
                            have,
                            need,
                            n -> Words.plural(n, "month", "months") + " with sessions",
                            "Sessions in " + (need - have) + " more " + Words.plural(need - have, "month", "months")
                                    + ".");
                })
                .toList();
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        return interactions.examples(
                terms.query(spec.criteria()), Days.windowStart(asOf, p.get("windowMonths")), asOf, limit);
    }
}
