package org.commonground.rubric;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonground.rubric.rule.Parameters;
import org.commonground.rubric.rule.RuleEngine;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordLink;
import org.commonground.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's stage on the rubric, derived from its records as of any date: scores per strand, their trend,
 * next steps, and each strand explained indicator by indicator. Nothing is stored; every number is computed
 * from the records with aggregate queries when asked for.
 */
@Service
@Transactional(readOnly = true)
@LibraryStaffOnly
public class RubricService {

    /** How far back the dashboard's "change" looks. */
    public static final int CHANGE_DAYS = 90;

    public static final int TREND_MONTHS = 24;
    static final int NEXT_STEPS = 3;
    static final int EVIDENCE_SHOWN = 10;

    private final RubricCatalog catalog;
    private final RubricEvaluator evaluator;
    private final RubricSettingsService settings;
    private final AttestationService attestations;
    private final RuleEngine engine;
    private final ReportActivity activity;
    private final Clock clock;
    private final CommonGroundProperties properties;

    RubricService(
            RubricCatalog catalog,
            RubricEvaluator evaluator,
            RubricSettingsService settings,
            AttestationService attestations,
            RuleEngine engine,
            ReportActivity activity,
            Clock clock,
            CommonGroundProperties properties) {
        this.activity = activity;
        this.catalog = catalog;
        this.evaluator = evaluator;
        this.settings = settings;
        this.attestations = attestations;
        this.engine = engine;
        this.clock = clock;
        this.properties = properties;
    }

    public RubricDefinition definition() {
        return catalog.definition();
    }

    /** Today in the library's time zone: the default "as of". */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }

    /** Every strand's score on {@code asOf} and {@value #CHANGE_DAYS} days before, and the next steps. */
    public Dashboard dashboard(LocalDate asOf) {
        LocalDate day = checked(asOf);
        LocalDate before = day.minusDays(CHANGE_DAYS);
        List<LocalDate> dates = List.of(day, before);
        Map<String, List<IndicatorFinding>> findings =
                evaluator.evaluate(definition().indicators(), dates, settings.snapshot());
        List<StrandCard> cards = new ArrayList<>();
        List<NextStep> candidates = new ArrayList<>();
        for (StrandDefinition strand : definition().strands()) {
            Map<String, IndicatorFinding> now = on(findings, strand, 0);
            StrandScore score = Scores.of(strand, now);
            cards.add(new StrandCard(strand, score, Scores.of(strand, on(findings, strand, 1))));
            for (IndicatorDefinition indicator :
                    strand.stage(score.workingStage()).indicators()) {
                IndicatorFinding f = now.get(indicator.key());
                if (!f.complete()) {
                    candidates.add(new NextStep(strand, indicator, f));
                }
            }
        }
        // Closest to complete first; among equals the lower stage, since stages count only in order.
        candidates.sort(Comparator.comparingDouble((NextStep s) -> -s.finding().fraction())
                .thenComparing(s -> s.indicator().stage()));
        List<AreaSummary> areas = definition().areas().stream()
                .map(area -> AreaSummary.of(
                        area,
                        cards.stream()
                                .filter(c -> c.strand().areaKey().equals(area.key()))
                                .map(StrandCard::now)
                                .toList()))
                .toList();
        return new Dashboard(
                day, before, cards, areas, candidates.stream().limit(NEXT_STEPS).toList());
    }

    /** Every strand's score month by month over the {@value #TREND_MONTHS} months up to {@code asOf}. */
    public List<StrandTrend> trend(LocalDate asOf) {
        return trend(asOf, TREND_MONTHS);
    }

    public List<StrandTrend> trend(LocalDate asOf, int months) {
        LocalDate day = checked(asOf);
        if (months < 1 || months > 120) {
            throw InvalidInputException.of("months", "A trend covers 1 to 120 months.");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int m = months; m >= 0; m--) {
            dates.add(day.minusMonths(m));
        }
        Map<String, List<IndicatorFinding>> findings =
                evaluator.evaluate(definition().indicators(), dates, settings.snapshot());
        List<StrandTrend> trends = new ArrayList<>();
        for (StrandDefinition strand : definition().strands()) {
            List<TrendPoint> points = new ArrayList<>();
            for (int d = 0; d < dates.size(); d++) {
                points.add(new TrendPoint(dates.get(d), Scores.of(strand, on(findings, strand, d))));
            }
            trends.add(new StrandTrend(strand, points));
        }
        return trends;
    }

    /** One strand explained as of {@code asOf}: every indicator with its rule, evidence and attestations. */
    public StrandDetails strand(String strandKey, LocalDate asOf) {
        LocalDate day = checked(asOf);
        StrandDefinition strand =
                definition().strand(strandKey).orElseThrow(() -> new RecordNotFoundException("strand", strandKey));
        SettingsSnapshot snapshot = settings.snapshot();
        Map<String, List<IndicatorFinding>> findings = evaluator.evaluate(strand.indicators(), List.of(day), snapshot);
        Map<String, IndicatorFinding> now = on(findings, strand, 0);
        List<StageDetails> stages = new ArrayList<>();
        for (StageDefinition stage : strand.stages()) {
            List<IndicatorDetails> indicators = new ArrayList<>();
            for (IndicatorDefinition indicator : stage.indicators()) {
                Parameters parameters = snapshot.on(indicator, day);
                var rule = engine.rule(indicator.rule().kind());
                List<RecordLink> evidence = rule.evidence(indicator.rule(), parameters, day, EVIDENCE_SHOWN);
                indicators.add(new IndicatorDetails(
                        indicator,
                        now.get(indicator.key()),
                        rule.describe(indicator.rule(), parameters),
                        parameters.values(),
                        evidence,
                        indicator.evidence().acceptsAttestation() ? attestations.of(indicator.key(), day) : List.of()));
            }
            stages.add(new StageDetails(stage, Scores.stage(stage, now), indicators));
        }
        return new StrandDetails(strand, day, Scores.of(strand, now), stages);
    }

    /** The longest period a report covers: its trend shows a point per month. */
    public static final int REPORT_MAX_MONTHS = 36;

    /**
     * A progress report over {@code [from, to]}: every strand at the start and the end, the trend month by month,
     * what changed (indicators completed, stages reached, the work logged) and the next steps at the end.
     */
    public ProgressReport report(LocalDate from, LocalDate to) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (from == null) {
            problems.put("from", "Choose the first day of the period.");
        }
        if (to == null) {
            problems.put("to", "Choose the last day of the period.");
        } else if (to.isAfter(today())) {
            problems.put("to", "The period cannot end after today.");
        }
        if (from != null && to != null) {
            if (!from.isBefore(to)) {
                problems.put("to", "The period must end after it starts.");
            } else if (from.isBefore(to.minusMonths(REPORT_MAX_MONTHS))) {
                problems.put("from", "A report covers at most " + REPORT_MAX_MONTHS + " months; choose a later start.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<LocalDate> dates = new ArrayList<>();
        // Each point counted back from the end, so the 31st stays the 31st where the month has one.
        for (int k = 0; to.minusMonths(k).isAfter(from); k++) {
            dates.add(0, to.minusMonths(k));
        }
        dates.add(0, from);
        Map<String, List<IndicatorFinding>> findings =
                evaluator.evaluate(definition().indicators(), dates, settings.snapshot());
        int last = dates.size() - 1;
        List<ProgressReport.StrandLine> lines = new ArrayList<>();
        List<StrandTrend> trends = new ArrayList<>();
        List<String> highlights = new ArrayList<>();
        List<NextStep> next = new ArrayList<>();
        for (StrandDefinition strand : definition().strands()) {
            StrandScore start = Scores.of(strand, on(findings, strand, 0));
            Map<String, IndicatorFinding> end = on(findings, strand, last);
            StrandScore finish = Scores.of(strand, end);
            lines.add(new ProgressReport.StrandLine(strand, start, finish));
            List<TrendPoint> points = new ArrayList<>();
            for (int d = 0; d < dates.size(); d++) {
                points.add(new TrendPoint(dates.get(d), Scores.of(strand, on(findings, strand, d))));
            }
            trends.add(new StrandTrend(strand, points));
            if (finish.stage().ordinal() > start.stage().ordinal()) {
                highlights.add(strand.title() + " reached the " + finish.stage().label() + " stage.");
            }
            for (IndicatorDefinition indicator : strand.indicators()) {
                if (!findings.get(indicator.key()).get(0).complete()
                        && end.get(indicator.key()).complete()) {
                    highlights.add(strand.title() + ": “" + indicator.shortText() + "” is now complete.");
                }
            }
            for (IndicatorDefinition indicator :
                    strand.stage(finish.workingStage()).indicators()) {
                if (!end.get(indicator.key()).complete()) {
                    next.add(new NextStep(strand, indicator, end.get(indicator.key())));
                }
            }
        }
        highlights.addAll(activity.of(from, to));
        next.sort(Comparator.comparingDouble((NextStep s) -> -s.finding().fraction())
                .thenComparing(s -> s.indicator().stage()));
        return new ProgressReport(
                properties.libraryName(),
                from,
                to,
                lines,
                trends,
                highlights,
                next.stream().limit(NEXT_STEPS + 2).toList(),
                clock.instant());
    }

    private static Map<String, IndicatorFinding> on(
            Map<String, List<IndicatorFinding>> findings, StrandDefinition strand, int index) {
        Map<String, IndicatorFinding> at = new HashMap<>();
        for (IndicatorDefinition indicator : strand.indicators()) {
            at.put(indicator.key(), findings.get(indicator.key()).get(index));
        }
        return at;
    }

    private LocalDate checked(LocalDate asOf) {
        LocalDate today = today();
        if (asOf == null) {
            return today;
        }
        if (asOf.isAfter(today)) {
            throw InvalidInputException.of(
                    "asOf",
                    "Scores cannot be computed for a date in the future; choose today " + "or an earlier date.");
        }
        if (asOf.isBefore(today.minusYears(20))) {
            throw InvalidInputException.of("asOf", "Choose a date within the last 20 years.");
        }
        return asOf;
    }
}
