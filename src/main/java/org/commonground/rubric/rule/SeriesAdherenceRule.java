package org.commonground.rubric.rule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.commonground.partner.PartnerKind;
import org.commonground.shared.RecordLink;
import org.springframework.stereotype.Component;

/**
 * A regular meeting day and time, met consistently: for each recurring check-in with a partner of the listed
 * kinds, held ÷ scheduled over its occurrences in the window up to the date (cancelled and missed ones count
 * as not held), full at a set percentage; with fewer than N occurrences yet, in proportion
 * (fraction = min(1, rate ÷ full-at) × min(1, occurrences ÷ N)). The best series counts.
 */
@Component
class SeriesAdherenceRule implements EvidenceRule {

    private final CheckInRecords checkIns;

    SeriesAdherenceRule(CheckInRecords checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public String kind() {
        return "series-adherence";
    }

    @Override
    public Set<String> criteriaKeys() {
        return Set.of("partnerKinds");
    }

    @Override
    public Set<String> reads(RuleSpec spec) {
        return Set.of("schedule", "partner");
    }

    @Override
    public List<Tunable> tunables(RuleSpec spec) {
        return List.of(
                new Tunable("fullAtPercent", "Full when this share is held (%)", 1, 100),
                new Tunable("minOccurrences", "Occurrences needed for a pattern", 1, 100),
                Tunable.WINDOW);
    }

    @Override
    public String describe(RuleSpec spec, Parameters p) {
        return "A recurring check-in with " + kinds(spec) + " whose occurrences in "
                + Words.window(p.get("windowMonths"))
                + " were held at least " + p.get("fullAtPercent") + " % of the time (held ÷ scheduled), over at least "
                + p.get("minOccurrences") + " occurrences.";
    }

    @Override
    public List<Finding> evaluate(RuleSpec spec, Parameters p, List<LocalDate> asOf) {
        List<CheckIn> all =
                checkIns.occurrences(Days.periodStart(asOf, p.get("windowMonths")), Days.latest(asOf), kindsOf(spec));
        return asOf.stream().map(day -> best(all, day, p)).toList();
    }

    @Override
    public List<RecordLink> evidence(RuleSpec spec, Parameters p, LocalDate asOf, int limit) {
        List<CheckIn> all = checkIns.occurrences(Days.windowStart(asOf, p.get("windowMonths")), asOf, kindsOf(spec));
        Map<Long, List<CheckIn>> bySeries =
                all.stream().collect(Collectors.groupingBy(CheckIn::seriesId, TreeMap::new, Collectors.toList()));
        return bySeries.values().stream()
                .map(list -> {
                    CheckIn first = list.getFirst();
                    long held = list.stream()
                            .filter(c -> c.outcome() == CheckIn.Outcome.HELD)
                            .count();
                    LocalDate last = list.stream()
                            .map(CheckIn::date)
                            .max(Comparator.naturalOrder())
                            .orElseThrow();
                    return new RecordLink(
                            "Check-in series",
                            first.seriesId(),
                            first.seriesTitle() + ": " + held + " of " + list.size() + " held",
                            last,
                            "series/" + first.seriesId());
                })
                .sorted(Comparator.comparing(RecordLink::date).reversed())
                .limit(limit)
                .toList();
    }

    private Finding best(List<CheckIn> all, LocalDate day, Parameters p) {
        LocalDate after = Days.windowStart(day, p.get("windowMonths"));
        Map<Long, long[]> counts = new TreeMap<>();
        Map<Long, String> titles = new TreeMap<>();
        for (CheckIn c : all) {
            // A meeting of the day itself not yet marked may still be ahead: it is not held against the library.
            boolean pendingToday = c.date().equals(day) && c.outcome() == CheckIn.Outcome.UNMARKED;
            if (c.date().isAfter(after) && !c.date().isAfter(day) && !pendingToday) {
                long[] n = counts.computeIfAbsent(c.seriesId(), k -> new long[2]);
                n[0]++;
                n[1] += c.outcome() == CheckIn.Outcome.HELD ? 1 : 0;
                titles.put(c.seriesId(), c.seriesTitle());
            }
        }
        if (counts.isEmpty()) {
            return new Finding(
                    0,
                    "no check-ins in the window",
                    "A recurring check-in with a regular day and time, " + "and its occurrences marked held.");
        }
        double bestFraction = -1;
        String progress = null;
        String missing = null;
        for (Map.Entry<Long, long[]> e : counts.entrySet()) {
            long scheduled = e.getValue()[0];
            long held = e.getValue()[1];
            double rate = (double) held / scheduled;
            double fraction = Math.min(1.0, rate * 100 / p.get("fullAtPercent"))
                    * Math.min(1.0, (double) scheduled / p.get("minOccurrences"));
            if (fraction > bestFraction) {
                bestFraction = fraction;
                progress = titles.get(e.getKey()) + ": " + held + " of " + scheduled + " held ("
                        + Math.round(rate * 100) + " %)";
                missing = fraction >= 1
                        ? null
                        : scheduled < p.get("minOccurrences")
                                ? (p.get("minOccurrences") - scheduled) + " more "
                                        + Words.plural(p.get("minOccurrences") - scheduled, "occurrence", "occurrences")
                                        + " to show a pattern."
                                : "Hold more of the scheduled check-ins: at least " + p.get("fullAtPercent") + " %.";
            }
        }
        return new Finding(bestFraction, progress, missing);
    }

    private static Set<PartnerKind> kindsOf(RuleSpec spec) {
        return spec.criteria().enums("partnerKinds", PartnerKind.class);
    }

    private static String kinds(RuleSpec spec) {
        Set<PartnerKind> kinds = spec.criteria().enums("partnerKinds", PartnerKind.class);
        return kinds.isEmpty() ? "a partner" : Words.partnerKinds(kinds);
    }
}
