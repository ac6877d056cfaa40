package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonground.commitment.CommitmentCriteria;
import org.commonground.commitment.CommitmentEvidence;
import org.commonground.mission.MissionEvidence;
import org.commonground.mission.MissionSpan;
import org.commonground.partner.PartnerKind;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * At least N shared missions standing on the date whose signatories include a partner of each listed kind —
 * adopted ones (and drafts, where a plan in the making counts), and, where benefits on both sides are asked
 * for, with commitments serving the mission given both ways during the window.
 */
@Component
class MissionSignedRule implements EvidenceRule {

    private final MissionEvidence missions;
    private final CommitmentEvidence commitments;

    MissionSignedRule(MissionEvidence missions, CommitmentEvidence commitments) {
        this.missions = missions;
        this.commitments = commitments;
    }

    @Override
    public String kind() {
        return "mission-signed";
    }

    @Override
    public Set<String> criteriaKeys() {
        return Set.of("signatoryKinds", "includeDrafts", "twoWayCommitments");
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Set.of("mission", "partner", "commitment");
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return spec.criteria().flag("twoWayCommitments")
                ? List.of(Tunable.MIN_COUNT, Tunable.WINDOW)
                : List.of(Tunable.MIN_COUNT);
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        int n = p.get("minCount");
        Criteria c = spec.criteria();
        return "At least " + n + " " + noun(c, n != 1)
                + (c.flag("twoWayCommitments")
                        ? ", with commitments serving it from the library and from a partner, in force during "
                                + Words.window(p.get("windowMonths"))
                        : "")
                + ".";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        Criteria c = spec.criteria();
        int need = p.get("minCount");
        List<MissionSpan> found = missions.signedBy(kinds(c), true, c.flag("includeDrafts"), Days.latest(asOf));
        Map<Long, long[][]> serving = c.flag("twoWayCommitments") ? serving(found, p, asOf) : Map.of();
        List<Integer> indexes = IntStream.range(0, asOf.size()).boxed().toList();
        return indexes.stream()
                .map(d -> {
                    long have = counted(found, serving, c, asOf.get(d), d).size();
                    String what = c.flag("twoWayCommitments") ? " with commitments both ways" : "";
                    return Finding.count(
                            have,
                            need,
                            n -> noun(c, n != 1) + what,
                            (need - have) + " more " + noun(c, need - have != 1) + what + ".");
                })
                .toList();
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        Criteria c = spec.criteria();
        List<MissionSpan> found = missions.signedBy(kinds(c), true, c.flag("includeDrafts"), asOf);
        Map<Long, long[][]> serving = c.flag("twoWayCommitments") ? serving(found, p, List.of(asOf)) : Map.of();
        return missions.missionLinks(counted(found, serving, c, asOf, 0), limit);
    }

    /** Per mission, the commitments serving it in force in each date's window, by direction. */
    private Map<Long, long[][]> serving(List<MissionSpan> found, Parameters p, List<LocalDate> asOf) {
        if (found.isEmpty()) {
            return Map.of();
        }
        return commitments.countByMission(
                CommitmentCriteria.any()
                        .serving(found.stream().map(MissionSpan::id).collect(Collectors.toSet())),
                Days.windows(asOf, p.get("windowMonths")));
    }

    private static List<MissionSpan> counted(
            List<MissionSpan> found, Map<Long, long[][]> serving, Criteria c, LocalDate day, int w) {
        List<MissionSpan> standing = found.stream().filter(m -> m.standsOn(day)).toList();
        if (!c.flag("twoWayCommitments")) {
            return standing;
        }
        return standing.stream()
                .filter(m -> {
                    long[][] ways = serving.get(m.id());
                    return ways != null && ways[0][w] > 0 && ways[1][w] > 0;
                })
                .toList();
    }

    private static Set<PartnerKind> kinds(Criteria c) {
        return c.enums("signatoryKinds", PartnerKind.class);
    }

    private static String noun(Criteria c, boolean many) {
        String kinds = kinds(c).isEmpty()
                ? ""
                : " signed by "
                        + Words.and(kinds(c).stream()
                                .sorted()
                                .map(k -> switch (k) {
                                    case GOVERNMENT -> "local government";
                                    case DEI_ORGANIZATION -> "a DEI organization";
                                    case SCIENCE_LEADER -> "a science leader";
                                    case OTHER -> "another partner";
                                })
                                .toList());
        String status = c.flag("includeDrafts") ? "" : "adopted ";
        return status + (many ? "shared missions" : "shared mission") + kinds;
    }
}
