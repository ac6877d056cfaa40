package org.commonground.scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.commonground.mission.Direction;
import org.commonground.mission.MissionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes N shared missions (signed by 1–4 partners, mostly adopted, some drafts and retired ones) with
 * 1–3 evaluation measures each and M measurements spread across the measures, as JDBC batches (see
 * {@link ScaleDataGenerator}). Every row is one the application would accept: measurements fall
 * between the mission's start (adoption, or creation for a draft) and today, targets after the start.
 */
final class ScaleMissions {

    private static final Logger log = LoggerFactory.getLogger(ScaleMissions.class);
    private static final int BATCH = 1000;
    private static final String BY = "scale-data";
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");

    private record Kind(String name, String unit, Direction direction, int start, int target) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("Households with a heat safety plan", "households", Direction.HIGHER, 50, 800),
            new Kind("Air sensors reporting", "sensors", Direction.HIGHER, 2, 60),
            new Kind("Residents signed up for alerts", "%", Direction.HIGHER, 5, 40),
            new Kind("Days above the ozone standard", "days", Direction.LOWER, 30, 10),
            new Kind("Basements flooded after heavy rain", "households", Direction.LOWER, 120, 40),
            new Kind("Street trees planted", "trees", Direction.HIGHER, 0, 500),
            new Kind("Children tested for blood lead", "%", Direction.HIGHER, 20, 75),
            new Kind("Workshop attendees", "people", Direction.HIGHER, 10, 400));

    /** Each takes the issue, then the neighborhood. */
    private static final List<String> GOALS = List.of(
            "cut the harm of %s in %s",
            "prepare for %s with every " + "household in %s",
            "bring %s data to residents of %s",
            "make %s a shared priority with families in %s");

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Clock clock;

    ScaleMissions(JdbcTemplate jdbc, Random random, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.random = random;
    }

    /** @return how many measures were written */
    int write(
            int count,
            int measurementCount,
            int partners,
            List<Long> staff,
            List<Long> issues,
            List<String> issueNames) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<Object[]> missions = new ArrayList<>();
        List<Object[]> signatories = new ArrayList<>();
        List<Object[]> measures = new ArrayList<>();
        List<LocalDate> measureStart = new ArrayList<>();
        List<Kind> measureKind = new ArrayList<>();
        List<LocalDate> measureTargetDate = new ArrayList<>();
        for (long id = 1; id <= count; id++) {
            int roll = random.nextInt(10);
            MissionStatus status =
                    roll < 7 ? MissionStatus.ADOPTED : roll < 9 ? MissionStatus.DRAFT : MissionStatus.RETIRED;
            LocalDate created = today.minusDays(random.nextInt(1100));
            LocalDate adopted = status == MissionStatus.DRAFT
                    ? null
                    : created.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(created, today) + 1)));
            LocalDate start = adopted == null ? created : adopted;
            int issue = random.nextInt(issues.size());
            String place = ScaleNames.pick(random, ScaleNames.NEIGHBORHOODS);
            String goal = GOALS.get(random.nextInt(GOALS.size()));
            String statement =
                    "Together we will " + goal.formatted(issueNames.get(issue).toLowerCase(Locale.ROOT), place)
                            + ", and measure what changes.";
            Timestamp createdAt = Timestamp.from(created.atTime(10, 0).toInstant(ZoneOffset.ofHours(-6)));
            // A retired mission was retired half-way between its adoption and today.
            LocalDate retired = status != MissionStatus.RETIRED
                    ? null
                    : adopted.plusDays(ChronoUnit.DAYS.between(adopted, today) / 2);
            missions.add(new Object[] {
                id,
                statement,
                issues.get(issue),
                status.name(),
                adopted == null ? null : Date.valueOf(adopted),
                retired == null ? null : Date.valueOf(retired),
                staff.get(random.nextInt(staff.size())),
                createdAt,
                createdAt
            });
            Set<Long> signed = new LinkedHashSet<>();
            int people = 1 + random.nextInt(Math.min(4, partners));
            while (signed.size() < people) {
                signed.add(1L + random.nextInt(partners));
            }
            for (Long p : signed) {
                signatories.add(new Object[] {id, p});
            }
            int measureCount = 1 + random.nextInt(3);
            for (int k = 0; k < measureCount; k++) {
                Kind kind = KINDS.get(random.nextInt(KINDS.size()));
                LocalDate targetDate = start.plusMonths(6 + random.nextInt(30));
                long measureId = measureStart.size() + 1L;
                measures.add(new Object[] {
                    measureId,
                    id,
                    kind.name(),
                    kind.unit(),
                    kind.direction().name(),
                    BigDecimal.valueOf(kind.target()),
                    Date.valueOf(targetDate),
                    createdAt,
                    createdAt
                });
                measureStart.add(start);
                measureKind.add(kind);
                measureTargetDate.add(targetDate);
            }
            if (id % BATCH == 0 || id == count) {
                flushMissions(missions, signatories, measures);
            }
        }
        int measureTotal = measureStart.size();
        writeMeasurements(measurementCount, measureStart, measureKind, measureTargetDate, today);
        restart("shared_mission_seq", count);
        restart("evaluation_measure_seq", measureTotal);
        restart("measurement_seq", measurementCount);
        log.info(
                "Scale data: {} shared missions, {} measures, {} measurements written",
                count,
                measureTotal,
                measurementCount);
        return measureTotal;
    }

    /** Spreads the measurements over the measures, each measure's dated from its mission's start to today. */
    private void writeMeasurements(
            int count, List<LocalDate> starts, List<Kind> kinds, List<LocalDate> targetDates, LocalDate today) {
        int measures = starts.size();
        int[] perMeasure = new int[measures];
        for (int i = 0; i < count; i++) {
            perMeasure[random.nextInt(measures)]++;
        }
        List<Object[]> rows = new ArrayList<>(BATCH);
        long id = 0;
        for (int m = 0; m < measures; m++) {
            int n = perMeasure[m];
            if (n == 0) {
                continue;
            }
            Kind kind = kinds.get(m);
            LocalDate start = starts.get(m);
            long span = Math.max(0, ChronoUnit.DAYS.between(start, today));
            double value = kind.start();
            double step = (kind.target() - kind.start())
                    / (double) Math.max(1, ChronoUnit.DAYS.between(start, targetDates.get(m)));
            for (int k = 0; k < n; k++) {
                LocalDate day = start.plusDays(span * (k + 1) / (n + 1));
                long elapsed = ChronoUnit.DAYS.between(start, day);
                value = kind.start() + step * elapsed * (0.6 + random.nextDouble() * 0.8);
                double bounded = "%".equals(kind.unit()) ? Math.clamp(value, 0, 100) : Math.max(0, value);
                Timestamp at = Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.ofHours(-6)));
                rows.add(new Object[] {
                    ++id,
                    m + 1L,
                    Date.valueOf(day),
                    BigDecimal.valueOf(bounded).setScale(1, RoundingMode.HALF_UP),
                    random.nextInt(8) == 0 ? "Counted at the monthly partner check-in" : null,
                    at,
                    at
                });
                if (rows.size() == BATCH) {
                    flushMeasurements(rows);
                }
            }
        }
        flushMeasurements(rows);
    }

    private void flushMissions(List<Object[]> missions, List<Object[]> signatories, List<Object[]> measures) {
        jdbc.batchUpdate("""
                insert into shared_mission (id, version, statement, issue_id, status, adoption_date, retired_on,
                    owner_id, created_at, created_by, updated_at, updated_by)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, '%s', ?, '%s')""".formatted(BY, BY), missions);
        jdbc.batchUpdate("insert into shared_mission_partner (mission_id, partner_id) values (?, ?)", signatories);
        jdbc.batchUpdate("""
                insert into evaluation_measure (id, version, mission_id, name, unit, direction, target_value,
                    target_date, created_at, created_by, updated_at, updated_by)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, '%s', ?, '%s')""".formatted(BY, BY), measures);
        missions.clear();
        signatories.clear();
        measures.clear();
    }

    private void flushMeasurements(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into measurement (id, version, measure_id, measured_on, measured_value, note, created_at,
                    created_by, updated_at, updated_by)
                values (?, 0, ?, ?, ?, ?, ?, '%s', ?, '%s')""".formatted(BY, BY), rows);
        rows.clear();
    }

    private void restart(String sequence, long maxId) {
        jdbc.execute("alter sequence " + sequence + " restart with " + (maxId + 101));
    }
}
