package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import org.commonground.commitment.CommitmentCriteria;
import org.commonground.commitment.CommitmentEvidence;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.communityissue.IssuePriority;
import org.commonground.interaction.InteractionCriteria;
import org.commonground.interaction.InteractionEvidence;
import org.commonground.mission.MissionEvidence;
import org.commonground.mission.MissionSpan;
import org.commonground.partner.PartnerKind;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * Prioritized issues taken up with partners: the share of the community issues of the listed priorities that,
 * during the window, had an interaction, a commitment in force or a standing shared mission with a partner of
 * the listed kinds (any partner when none are listed), full at a set percentage.
 */
@Component
class IssueCoverageRule implements EvidenceRule {

    private final CommunityIssueService issues;
    private final InteractionEvidence interactions;
    private final CommitmentEvidence commitments;
    private final MissionEvidence missions;

    IssueCoverageRule(
            CommunityIssueService issues,
            InteractionEvidence interactions,
            CommitmentEvidence commitments,
            MissionEvidence missions) {
        this.issues = issues;
        this.interactions = interactions;
        this.commitments = commitments;
        this.missions = missions;
    }

    @Override
    public String kind() {
        return "issue-coverage";
    }

    @Override
    public Set<String> criteriaKeys() {
        return Set.of("priorities", "partnerKinds");
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Set.of("interaction", "commitment", "mission", "partner", "communityissue");
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return List.of(
                new Tunable("fullAtPercent", "Full when this share of the issues is covered (%)", 1, 100),
                Tunable.WINDOW);
    }

    @Override
    public void check(RuleSpec spec) {
        if (spec.criteria().enums("priorities", IssuePriority.class).isEmpty()) {
            throw new IllegalArgumentException("criteria.priorities is required: which issues must be covered");
        }
    }

    @Override
    public void prepare(RuleSpec spec) {
        interactions.trackByIssue(tagged(spec));
    }

    private static InteractionCriteria tagged(RuleSpec spec) {
        return InteractionCriteria.any()
                .withPartners(spec.criteria().enums("partnerKinds", PartnerKind.class), Set.of())
                .withIssue(Set.of());
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        return "At least " + p.get("fullAtPercent") + " % of the " + priorities(spec) + " community issues taken up "
                + with(spec) + " during " + Words.window(p.get("windowMonths"))
                + ": an interaction, a commitment in force or an adopted shared mission on each.";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        Coverage coverage = coverage(spec, asOf, p.get("windowMonths"));
        int fullAt = p.get("fullAtPercent");
        List<Finding> findings = new ArrayList<>();
        for (int d = 0; d < asOf.size(); d++) {
            List<CommunityIssueSummary> covered = coverage.covered(d);
            int total = coverage.issues.size();
            if (total == 0) {
                findings.add(new Finding(
                        0,
                        "no " + priorities(spec) + " issues",
                        "Set the priority of the community "
                                + "issues the library works on (Administration → Community issues)."));
                continue;
            }
            double share = (double) covered.size() / total;
            long needed = (long) Math.ceil(total * fullAt / 100.0);
            List<String> open = coverage.issues.stream()
                    .filter(i -> !covered.contains(i))
                    .map(CommunityIssueSummary::name)
                    .toList();
            findings.add(new Finding(
                    Math.min(1.0, share * 100 / fullAt),
                    covered.size() + " of " + total + " issues",
                    covered.size() >= needed
                            ? null
                            : "Take up " + (needed - covered.size()) + " more " + with(spec) + " — not yet: "
                                    + Words.or(open) + "."));
        }
        return findings;
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        Coverage coverage = coverage(spec, List.of(asOf), p.get("windowMonths"));
        return coverage.covered(0).stream()
                .limit(limit)
                .map(i -> new RecordLink(
                        "Community issue", i.id(), i.name() + " — " + coverage.how(i.id(), 0), asOf, null))
                .toList();
    }

    private Coverage coverage(RuleSpec spec, List<LocalDate> asOf, int window) {
        Set<IssuePriority> priorities = spec.criteria().enums("priorities", IssuePriority.class);
        Set<PartnerKind> kinds = spec.criteria().enums("partnerKinds", PartnerKind.class);
        List<CommunityIssueSummary> chosen = issues.all().stream()
                .filter(i -> priorities.contains(i.priority()))
                .toList();
        Map<Long, NavigableSet<LocalDate>> met =
                interactions.daysByIssue(tagged(spec), Days.periodStart(asOf, window), Days.latest(asOf));
        Map<Long, long[]> inForce = commitments.countByIssue(
                new CommitmentCriteria(null, kinds, Set.of(), Set.of(), true, Set.of(), Set.of()),
                Days.windows(asOf, window));
        List<MissionSpan> signed = missions.signedBy(kinds, false, false, Days.latest(asOf));
        return new Coverage(chosen, asOf, window, met, inForce, signed);
    }

    /** Which issues were taken up on each date: interactions, commitments in force, standing missions. */
    private record Coverage(
            List<CommunityIssueSummary> issues,
            List<LocalDate> asOf,
            int window,
            Map<Long, NavigableSet<LocalDate>> met,
            Map<Long, long[]> inForce,
            List<MissionSpan> signed) {

        List<CommunityIssueSummary> covered(int d) {
            return issues.stream().filter(i -> !how(i.id(), d).isEmpty()).toList();
        }

        String how(long issueId, int d) {
            LocalDate day = asOf.get(d);
            LocalDate after = Days.windowStart(day, window);
            List<String> ways = new ArrayList<>();
            if (met.containsKey(issueId) && Days.any(met.get(issueId), after, day)) {
                ways.add("interactions");
            }
            if (inForce.containsKey(issueId) && inForce.get(issueId)[d] > 0) {
                ways.add("a commitment");
            }
            if (signed.stream().anyMatch(m -> m.issueId() == issueId && m.standsOn(day))) {
                ways.add("a shared mission");
            }
            return Words.and(ways);
        }
    }

    private static String priorities(RuleSpec spec) {
        return Words.priorities(spec.criteria().enums("priorities", IssuePriority.class));
    }

    private static String with(RuleSpec spec) {
        Set<PartnerKind> kinds = spec.criteria().enums("partnerKinds", PartnerKind.class);
        return kinds.isEmpty() ? "with partners" : "with " + Words.partnerKinds(kinds);
    }
}
