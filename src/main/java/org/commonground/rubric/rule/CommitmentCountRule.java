package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonground.commitment.CommitmentEvidence;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * At least N matching commitments in force during the look-back window — and, with a minimum run, each
 * running that many months by the date; the fraction is the share of N reached.
 */
@Component
class CommitmentCountRule implements EvidenceRule {

    private static final Tunable RUNNING = new Tunable("minMonthsRunning", "Running at least (months)", 0, 240, 0);

    private final CommitmentEvidence commitments;

    CommitmentCountRule(CommitmentEvidence commitments) {
        this.commitments = commitments;
    }

    @Override
    public String kind() {
        return "commitment-count";
    }

    @Override
    public Set<String> criteriaKeys() {
        return CommitmentTerms.KEYS;
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Reads.COMMITMENTS;
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return List.of(Tunable.MIN_COUNT, RUNNING, Tunable.WINDOW);
    }

    @Override
    public void check(RuleSpec spec) {
        CommitmentTerms.query(spec.criteria());
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        int n = p.get("minCount");
        int running = p.get("minMonthsRunning");
        return "At least " + n + " " + CommitmentTerms.noun(spec.criteria(), n != 1) + " in force during "
                + Words.window(p.get("windowMonths"))
                + (running > 0 ? ", each running for " + running + " months or more" : "")
                + " (active, fulfilled, or active until it lapsed).";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        int need = p.get("minCount");
        long[] counts = commitments.count(
                CommitmentTerms.query(spec.criteria()),
                Days.windows(asOf, p.get("windowMonths")),
                p.get("minMonthsRunning"));
        List<Finding> findings = new ArrayList<>();
        for (int d = 0; d < asOf.size(); d++) {
            long have = counts[d];
            long more = need - have;
            String running = p.get("minMonthsRunning") > 0 ? " running " + p.get("minMonthsRunning") + "+ months" : "";
            findings.add(Finding.count(
                    have,
                    need,
                    n -> CommitmentTerms.noun(spec.criteria(), n != 1) + running,
                    more + " more " + CommitmentTerms.noun(spec.criteria(), more != 1) + running + "."));
        }
        return findings;
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        return commitments.links(
                CommitmentTerms.query(spec.criteria()),
                Days.windows(List.of(asOf), p.get("windowMonths")).getFirst(),
                p.get("minMonthsRunning"),
                limit);
    }
}
