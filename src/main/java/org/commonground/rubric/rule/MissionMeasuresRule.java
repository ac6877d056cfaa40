package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.commonground.mission.MissionEvidence;
import org.commonground.partner.PartnerKind;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * Evaluation in use: at least N evaluation measures (each has a target) of adopted missions signed by a partner
 * of the listed kinds, measured at least once during the window.
 */
@Component
class MissionMeasuresRule implements EvidenceRule {

    private final MissionEvidence missions;

    MissionMeasuresRule(MissionEvidence missions) {
        this.missions = missions;
    }

    @Override
    public String kind() {
        return "mission-measures";
    }

    @Override
    public Set<String> criteriaKeys() {
        return Set.of("signatoryKinds");
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Reads.MISSIONS;
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return List.of(Tunable.MIN_COUNT, Tunable.WINDOW);
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        int n = p.get("minCount");
        return "At least " + n + " " + Words.plural(n, "evaluation measure", "evaluation measures")
                + ", with a target, of " + missionsOf(spec) + ", measured during " + Words.window(p.get("windowMonths"))
                + ".";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        int window = p.get("windowMonths");
        int need = p.get("minCount");
        long[] counts = missions.countMeasured(
                kinds(spec),
                asOf.stream()
                        .map(day -> new MissionEvidence.Window(Days.windowStart(day, window), day, null))
                        .toList());
        List<Integer> indexes = IntStream.range(0, asOf.size()).boxed().toList();
        return indexes.stream()
                .map(d -> {
                    long have = counts[d];
                    return Finding.count(
                            have,
                            need,
                            n -> Words.plural(n, "measure", "measures") + " measured",
                            "Measurements for " + (need - have) + " more "
                                    + Words.plural(need - have, "measure", "measures") + " of " + missionsOf(spec)
                                    + ".");
                })
                .toList();
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        Map<Long, NavigableSet<LocalDate>> days =
                missions.measurementDays(kinds(spec), Days.windowStart(asOf, p.get("windowMonths")), asOf);
        Map<Long, LocalDate> last = new HashMap<>();
        days.forEach((measure, d) -> last.put(measure, d.last()));
        return missions.measureLinks(last, limit);
    }

    private static Set<PartnerKind> kinds(RuleSpec spec) {
        return spec.criteria().enums("signatoryKinds", PartnerKind.class);
    }

    private static String missionsOf(RuleSpec spec) {
        return kinds(spec).isEmpty()
                ? "adopted shared missions"
                : "adopted shared missions signed by " + Words.partnerKinds(kinds(spec));
    }
}
