package org.commonground.scale;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonground.schedule.Recurrence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes N meeting series with mixed rules — monthly on an n-th or last weekday, monthly on a day, weekly,
 * every other week on two days, quarterly, daily for a while, yearly — mostly in Chicago, some in other US
 * zones, started up to three years ago; each with one or two partners and the first generated staff member
 * (the director) invited to all. Three in ten have exceptions: a cancelled occurrence or two, a moved one,
 * and their last past occurrences marked held or missed. Rules are checked and expanded by the app's own
 * {@link Recurrence}, so the data is what the service would store.
 */
final class ScaleCheckIns {

    private static final Logger log = LoggerFactory.getLogger(ScaleCheckIns.class);
    private static final String BY = "scale-data";
    private static final String[] RULES = {
        "FREQ=MONTHLY;BYDAY=2TU",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=MONTHLY;BYDAY=1WE",
        "FREQ=MONTHLY;BYMONTHDAY=15",
        "FREQ=WEEKLY;BYDAY=TH",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
        "FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE",
        "FREQ=DAILY;COUNT=200",
        "FREQ=YEARLY",
        "FREQ=MONTHLY;BYDAY=3TH;COUNT=36",
        "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231T235959Z",
        "FREQ=MONTHLY;BYDAY=5TU"
    };
    private static final String[] ZONES = {
        "America/Chicago",
        "America/Chicago",
        "America/Chicago",
        "America/Chicago",
        "America/Chicago",
        "America/Chicago",
        "America/Chicago",
        "America/New_York",
        "America/Denver",
        "America/Los_Angeles"
    };

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Clock clock;

    ScaleCheckIns(JdbcTemplate jdbc, Random random, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.random = random;
    }

    /** @return how many occurrence rows (exceptions and marks) were written */
    int write(int count, int partners, List<Long> staff) {
        Instant now = clock.instant();
        Timestamp created = Timestamp.from(now);
        long director = staff.getFirst();
        List<Object[]> series = new ArrayList<>();
        List<Object[]> seriesPartners = new ArrayList<>();
        List<Object[]> seriesStaff = new ArrayList<>();
        List<Object[]> occurrences = new ArrayList<>();
        long occurrenceId = 0;
        for (long id = 1; id <= count; id++) {
            ZoneId zone = ZoneId.of(ZONES[random.nextInt(ZONES.length)]);
            String rule = RULES[random.nextInt(RULES.length)];
            LocalDate day = LocalDate.now(clock.withZone(zone))
                    .minusDays(random.nextInt(3 * 365))
                    .plusDays(30);
            ZonedDateTime chosen =
                    ZonedDateTime.of(day, LocalTime.of(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30), zone);
            Recurrence recurrence = Recurrence.parse(rule, zone);
            ZonedDateTime start =
                    recurrence.firstFrom(chosen, chosen.toInstant()).orElse(chosen);
            int minutes = 30 + 30 * random.nextInt(3);
            Instant endsAt = recurrence
                    .last(start)
                    .map(l -> l.plusMinutes(minutes).toInstant())
                    .orElse(null);
            long organizer = staff.get(random.nextInt(staff.size()));
            series.add(new Object[] {
                id,
                "scale-" + id + "@commonground",
                "Check-in " + id + " with " + ScaleNames.pick(random, ScaleNames.NEIGHBORHOODS) + " partners",
                organizer,
                zone.getId(),
                Timestamp.valueOf(start.toLocalDateTime()),
                minutes,
                recurrence.rule(),
                Timestamp.from(start.toInstant()),
                endsAt == null ? null : Timestamp.from(endsAt),
                random.nextInt(3) == 0 ? null : 24,
                created,
                created
            });
            long first = 1L + random.nextInt(partners);
            seriesPartners.add(new Object[] {id, first});
            if (random.nextInt(4) == 0) {
                long second = 1L + random.nextInt(partners);
                if (second != first) {
                    seriesPartners.add(new Object[] {id, second});
                }
            }
            seriesStaff.add(new Object[] {id, director});
            if (organizer != director) {
                seriesStaff.add(new Object[] {id, organizer});
            }
            if (random.nextInt(10) < 3) {
                occurrenceId = exceptions(id, recurrence, start, now, occurrenceId, occurrences, created);
            }
        }
        jdbc.batchUpdate("""
                insert into meeting_series (id, version, uid, title, organizer_id, time_zone, start_local,
                    duration_minutes, rule, sequence_no, first_start_at, ends_at, reminder_hours, created_at, created_by,
                    updated_at, updated_by)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, '%s', ?, '%s')""".formatted(BY, BY), series);
        jdbc.batchUpdate("insert into meeting_series_partner (series_id, partner_id) values (?, ?)", seriesPartners);
        jdbc.batchUpdate("insert into meeting_series_staff (series_id, user_id) values (?, ?)", seriesStaff);
        jdbc.batchUpdate("""
                insert into occurrence (id, version, series_id, original_start, moved_start, starts_at, status,
                    created_at, created_by, updated_at, updated_by)
                values (?, 0, ?, ?, ?, ?, ?, ?, '%s', ?, '%s')""".formatted(BY, BY), occurrences);
        jdbc.execute("alter sequence meeting_series_seq restart with " + (count + 101));
        jdbc.execute("alter sequence occurrence_seq restart with " + (occurrenceId + 101));
        log.info("Scale data: {} meeting series, {} stored occurrences written", count, occurrences.size());
        return occurrences.size();
    }

    /** One or two cancelled, one moved a day later, and the last three past ones marked (mostly held). */
    private long exceptions(
            long seriesId,
            Recurrence recurrence,
            ZonedDateTime start,
            Instant now,
            long lastId,
            List<Object[]> rows,
            Timestamp created) {
        long id = lastId;
        List<ZonedDateTime> upcoming = recurrence.between(start, now, now.plus(Duration.ofDays(400)), 6);
        List<ZonedDateTime> past = recurrence.between(start, now.minus(Duration.ofDays(400)), now, 400);
        int cancelled = 1 + random.nextInt(2);
        for (int i = 0; i < upcoming.size(); i++) {
            ZonedDateTime at = upcoming.get(i);
            LocalDateTime original = at.toLocalDateTime();
            if (i < cancelled) {
                rows.add(row(++id, seriesId, original, null, at.toInstant(), "CANCELLED", created));
            } else if (i == cancelled) {
                LocalDateTime moved = original.plusDays(1);
                rows.add(row(
                        ++id,
                        seriesId,
                        original,
                        moved,
                        moved.atZone(at.getZone()).toInstant(),
                        null,
                        created));
            }
        }
        for (ZonedDateTime at : past.subList(Math.max(0, past.size() - 3), past.size())) {
            rows.add(row(
                    ++id,
                    seriesId,
                    at.toLocalDateTime(),
                    null,
                    at.toInstant(),
                    random.nextInt(5) == 0 ? "MISSED" : "HELD",
                    created));
        }
        return id;
    }

    private static Object[] row(
            long id,
            long seriesId,
            LocalDateTime original,
            LocalDateTime moved,
            Instant startsAt,
            String status,
            Timestamp created) {
        return new Object[] {
            id,
            seriesId,
            Timestamp.valueOf(original),
            moved == null ? null : Timestamp.valueOf(moved),
            Timestamp.from(startsAt),
            status,
            created,
            created
        };
    }
}
