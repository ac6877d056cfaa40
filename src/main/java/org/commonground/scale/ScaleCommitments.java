package org.commonground.scale;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentKind;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CountedSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes N commitments between the library and the generated partners, both directions, every kind
 * in its usual unit, spread over the last four years and the next one, as JDBC batches (see
 * {@link ScaleDataGenerator}). A fifth serve one of the shared missions, when there are any.
 */
final class ScaleCommitments {

    private static final Logger log = LoggerFactory.getLogger(ScaleCommitments.class);
    private static final int BATCH = 1000;
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final CommitmentStatus[] STATUSES = {
        CommitmentStatus.ACTIVE,
        CommitmentStatus.ACTIVE,
        CommitmentStatus.ACTIVE,
        CommitmentStatus.FULFILLED,
        CommitmentStatus.FULFILLED,
        CommitmentStatus.PROPOSED,
        CommitmentStatus.LAPSED,
        CommitmentStatus.WITHDRAWN
    };

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Clock clock;

    ScaleCommitments(JdbcTemplate jdbc, Random random, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.random = random;
    }

    void write(int count, int partners, int missions, int issues) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(BATCH);
        for (long id = 1; id <= count; id++) {
            CommitmentKind kind = CommitmentKind.values()[random.nextInt(CommitmentKind.values().length)];
            CommitmentDirection direction = random.nextInt(5) < 3
                    ? CommitmentDirection.LIBRARY_TO_PARTNER
                    : CommitmentDirection.PARTNER_TO_LIBRARY;
            LocalDate start = today.minusDays(random.nextInt(4 * 365)).plusDays(random.nextInt(365) / 4);
            LocalDate end = random.nextInt(4) == 0 ? null : start.plusMonths(3 + random.nextInt(33));
            CommitmentStatus status = STATUSES[random.nextInt(STATUSES.length)];
            // What the application keeps for the rubric (its status changed today, like status_changed_at).
            CountedSpan span = CountedSpan.of(status, start, end, today);
            rows.add(new Object[] {
                id,
                direction.name(),
                1L + random.nextInt(partners),
                kind.name(),
                kind.label() + " for " + ScaleNames.pick(random, ScaleNames.NEIGHBORHOODS),
                amount(kind),
                kind.usualUnit().name(),
                Date.valueOf(start),
                end == null ? null : Date.valueOf(end),
                issues > 0 && random.nextBoolean() ? 1L + random.nextInt(issues) : null,
                missions > 0 && random.nextInt(5) == 0 ? 1L + random.nextInt(missions) : null,
                status.name(),
                now,
                span.from() == null ? null : Date.valueOf(span.from()),
                span.until() == null ? null : Date.valueOf(span.until()),
                span.lastedMonths(),
                now,
                now
            });
            if (rows.size() == BATCH || id == count) {
                jdbc.batchUpdate("""
                        insert into commitment (id, version, direction, partner_id, kind, description, amount, unit,
                            start_date, end_date, community_issue_id, mission_id, status, status_changed_at,
                            counted_from, counted_until, lasted_months, created_at, created_by, updated_at, updated_by)
                        values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'scale-data', ?, 'scale-data')""", rows);
                rows.clear();
            }
        }
        jdbc.update("update commitment set partner_kind = (select p.kind from partner p where p.id = "
                + "commitment.partner_id), government_kind = (select p.government_kind from partner p "
                + "where p.id = commitment.partner_id)");
        jdbc.execute("alter sequence commitment_seq restart with " + (count + 101));
        log.info("Scale data: {} commitments written", count);
    }

    private BigDecimal amount(CommitmentKind kind) {
        return BigDecimal.valueOf(
                switch (kind) {
                    case STAFF_TIME -> 2 + random.nextInt(40);
                    case FUNDING -> 500L * (1 + random.nextInt(200));
                    case SPACE -> 100L * (1 + random.nextInt(30));
                    case PROGRAMMING -> 1 + random.nextInt(24);
                    case DATA_SHARING -> 1 + random.nextInt(12);
                    case OTHER -> 10L * (1 + random.nextInt(50));
                });
    }
}
