package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.commitment.CommitmentEvidence;
import org.commonground.commitment.CommitmentKind;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * Every one of several kinds of commitment (staff time, funding, space) in force during the look-back window:
 * the fraction is the share of the kinds covered.
 */
@Component
class CommitmentKindsRule implements EvidenceRule {

    private static final Tunable RUNNING = new Tunable("minMonthsRunning", "Running at least (months)", 0, 240, 0);

    private final CommitmentEvidence commitments;

    CommitmentKindsRule(CommitmentEvidence commitments) {
        this.commitments = commitments;
    }

    @Override
    public String kind() {
        return "commitment-kinds";
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
        return List.of(RUNNING, Tunable.WINDOW);
    }

    @Override
    public void check(RuleSpec spec) {
        if (spec.criteria().enums("kinds", CommitmentKind.class).size() < 2) {
            throw new IllegalArgumentException("criteria.kinds needs the kinds of commitment to cover (two or more)");
        }
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        Set<CommitmentKind> kinds = spec.criteria().enums("kinds", CommitmentKind.class);
        int running = p.get("minMonthsRunning");
        return "Each of "
                + Words.and(
                        kinds.stream().sorted().map(k -> Words.lower(k.label())).toList()) + " in "
                + CommitmentTerms.noun(spec.criteria().without("kinds"), true) + " in force during "
                + Words.window(p.get("windowMonths")) + (running > 0 ? ", running " + running + " months or more" : "")
                + ".";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        Set<CommitmentKind> kinds = spec.criteria().enums("kinds", CommitmentKind.class);
        Map<CommitmentKind, long[]> byKind = commitments.countByKind(
                CommitmentTerms.query(spec.criteria()),
                Days.windows(asOf, p.get("windowMonths")),
                p.get("minMonthsRunning"));
        List<Finding> findings = new ArrayList<>();
        for (int d = 0; d < asOf.size(); d++) {
            int day = d;
            Set<CommitmentKind> covered = kinds.stream()
                    .filter(k -> byKind.containsKey(k) && byKind.get(k)[day] > 0)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(CommitmentKind.class)));
            Set<CommitmentKind> lacking = EnumSet.copyOf(kinds);
            lacking.removeAll(covered);
            String progress = covered.size() + " of " + kinds.size() + " kinds"
                    + (covered.isEmpty()
                            ? ""
                            : " ("
                                    + Words.and(covered.stream()
                                            .map(k -> Words.lower(k.label()))
                                            .toList()) + ")");
            findings.add(new Finding(
                    (double) covered.size() / kinds.size(),
                    progress,
                    lacking.isEmpty()
                            ? null
                            : "No "
                                    + Words.or(lacking.stream()
                                            .map(k -> Words.lower(k.label()))
                                            .toList()) + " yet among the "
                                    + CommitmentTerms.noun(spec.criteria().without("kinds"), true) + "."));
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
