package org.commonground.scale;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.commonground.communityissue.IssuePriority;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerStatus;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with N partners and their contacts, deterministically from a seed,
 * for benchmarks (not the demo data). Rows are written with JDBC batches — what the services
 * would write (lower-cased name key, audit columns, version 0) — because going through the
 * services row by row would take minutes at the scales later benchmarks need. Generated rows
 * have no audit history. Sequences are moved past the generated ids afterwards, so the app
 * can go on creating records normally.
 */
@Component
public class ScaleDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);
    private static final int BATCH = 1000;
    private static final String BY = "scale-data";
    private static final String[] ISSUE_NAMES = {
        "Air quality",
        "Flooding and stormwater",
        "Extreme heat",
        "Drinking water safety",
        "Lead in older housing",
        "Food access",
        "Digital access",
        "Tree canopy"
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final UserAccountService accounts;
    private final Clock clock;

    ScaleDataGenerator(JdbcTemplate jdbc, TransactionTemplate transaction, UserAccountService accounts, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.accounts = accounts;
    }

    /** What was generated. */
    public record Result(
            int staff,
            int partners,
            int contacts,
            int interactions,
            int followUps,
            int missions,
            int measures,
            int measurements,
            long millis) {}

    /** Partners and contacts only. */
    public Result generate(int partnerCount, long seed) {
        return generate(partnerCount, 0, seed);
    }

    /** Partners, contacts and interactions; no shared missions. */
    public Result generate(int partnerCount, int interactionCount, long seed) {
        return generate(partnerCount, interactionCount, 0, 0, seed);
    }

    /**
     * Generates into an empty database; refuses (changing nothing) if partners already exist.
     * Shared missions come after the interactions, so the earlier tables' data is the same for a seed
     * whether missions are generated or not.
     */
    public Result generate(int partnerCount, int interactionCount, int missionCount, int measurementCount, long seed) {
        Long existing = jdbc.queryForObject("select count(*) from partner", Long.class);
        if (existing != null && existing > 0) {
            throw new IllegalStateException("The database already holds " + existing + " partners; the scale data "
                    + "generator only fills an empty database. Point it at a new database.");
        }
        long started = System.nanoTime();
        Random random = new Random(seed);
        List<Long> staff = transaction.execute(status -> createStaff());
        long[] firstContact = new long[partnerCount];
        int[] contactsPerPartner = new int[partnerCount];
        int contacts = transaction.execute(
                status -> insertPartners(partnerCount, random, staff, firstContact, contactsPerPartner));
        int followUps = 0;
        List<Long> issues =
                interactionCount > 0 || missionCount > 0 ? transaction.execute(status -> createIssues()) : List.of();
        if (interactionCount > 0) {
            followUps = transaction.execute(status -> new ScaleInteractions(jdbc, random, clock)
                    .write(interactionCount, partnerCount, firstContact, contactsPerPartner, staff, issues));
        }
        int measures = 0;
        int measurements = missionCount > 0 ? measurementCount : 0;
        if (missionCount > 0) {
            measures = transaction.execute(status -> new ScaleMissions(jdbc, random, clock)
                    .write(missionCount, measurementCount, partnerCount, staff, issues, List.of(ISSUE_NAMES)));
        }
        refreshStatistics();
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info(
                "Scale data: {} staff, {} partners, {} contacts, {} interactions, {} follow-ups, {} shared missions "
                        + "with {} measures and {} measurements in {} ms",
                staff.size(),
                partnerCount,
                contacts,
                interactionCount,
                followUps,
                missionCount,
                measures,
                measurements,
                millis);
        return new Result(
                staff.size(),
                partnerCount,
                contacts,
                interactionCount,
                followUps,
                missionCount,
                measures,
                measurements,
                millis);
    }

    /**
     * Adds N commitments between the library and the partners already generated (see
     * {@link #generate(int, int, int, int, long)}), deterministically from the seed.
     */
    public void generateCommitments(int count, long seed) {
        if (count <= 0) {
            return;
        }
        Long existing = jdbc.queryForObject("select count(*) from commitment", Long.class);
        if (existing != null && existing > 0) {
            throw new IllegalStateException("The database already holds " + existing + " commitments; point the "
                    + "scale data generator at a new database.");
        }
        int partners = jdbc.queryForObject("select count(*) from partner", Integer.class);
        int missions = jdbc.queryForObject("select count(*) from shared_mission", Integer.class);
        int issues = jdbc.queryForObject("select count(*) from community_issue", Integer.class);
        transaction.executeWithoutResult(status ->
                new ScaleCommitments(jdbc, new Random(seed + 6), clock).write(count, partners, missions, issues));
        refreshStatistics();
    }

    /**
     * Adds N meeting series (see {@link ScaleCheckIns}) for the partners and staff already generated; the
     * first staff member (the director) is invited to all of them.
     */
    public void generateCheckIns(int count, long seed) {
        if (count <= 0) {
            return;
        }
        Long existing = jdbc.queryForObject("select count(*) from meeting_series", Long.class);
        if (existing != null && existing > 0) {
            throw new IllegalStateException("The database already holds " + existing + " meeting series; point the "
                    + "scale data generator at a new database.");
        }
        int partners = jdbc.queryForObject("select count(*) from partner", Integer.class);
        List<Long> staff = jdbc.queryForList(
                "select id from user_account where username like 'scale-staff-%' " + "order by id", Long.class);
        if (partners == 0 || staff.isEmpty()) {
            throw new IllegalStateException("Generate partners and staff first.");
        }
        transaction.executeWithoutResult(
                status -> new ScaleCheckIns(jdbc, new Random(seed + 11), clock).write(count, partners, staff));
        refreshStatistics();
    }

    /**
     * Bulk-loaded tables get their planner statistics (and on PostgreSQL the visibility map that
     * index-only scans need) now, as autovacuum would do some time later in a real database.
     */
    private void refreshStatistics() {
        // Written around the services: daily counts kept for the rubric are dropped, to be counted afresh on use.
        jdbc.update("delete from interaction_tally");
        jdbc.update("delete from interaction_tally_criterion");
        String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
        jdbc.execute("PostgreSQL".equals(product) ? "vacuum analyze" : "analyze");
    }

    private List<Long> createStaff() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            Role role = i == 1 ? Role.DIRECTOR : Role.STAFF;
            String name = ScaleNames.FIRST.get(i) + " " + ScaleNames.LAST.get(i);
            ids.add(accounts.createAccount("scale-staff-" + i, name, role, "scale-staff-password-" + i, null, false)
                    .id());
        }
        return ids;
    }

    private List<Long> createIssues() {
        List<Long> ids = new ArrayList<>();
        String[] names = ISSUE_NAMES;
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = 0; i < names.length; i++) {
            long id = i + 1;
            jdbc.update("""
                    insert into community_issue (id, version, name, name_key, priority, created_at, created_by,
                        updated_at, updated_by)
                    values (?, 0, ?, ?, ?, ?, ?, ?, ?)""", id, names[i], Texts.key(names[i]), IssuePriority.values()[i % 3].name(), now, BY, now, BY);
            ids.add(id);
        }
        restartSequence("community_issue_seq", names.length);
        return ids;
    }

    private int insertPartners(
            int count, Random random, List<Long> staff, long[] firstContact, int[] contactsPerPartner) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Set<String> usedNames = new HashSet<>();
        List<Object[]> partnerRows = new ArrayList<>(BATCH);
        List<Object[]> contactRows = new ArrayList<>(BATCH * 3);
        long contactId = 0;
        for (long id = 1; id <= count; id++) {
            PartnerKind kind = kind(random);
            GovernmentKind governmentKind = kind == PartnerKind.GOVERNMENT
                    ? GovernmentKind.values()[random.nextInt(GovernmentKind.values().length)]
                    : null;
            String name = uniqueName(random, kind, governmentKind, usedNames);
            Timestamp changed = Timestamp.from(now.minus(random.nextInt(3 * 365 * 24), ChronoUnit.HOURS));
            partnerRows.add(new Object[] {
                id,
                name,
                Texts.key(name),
                kind.name(),
                governmentKind == null ? null : governmentKind.name(),
                status(random).name(),
                "Works with residents of " + ScaleNames.pick(random, ScaleNames.NEIGHBORHOODS) + " on "
                        + ScaleNames.pick(
                                random,
                                List.of(
                                        "air quality",
                                        "flooding",
                                        "extreme heat",
                                        "drinking water",
                                        "food access",
                                        "digital access"))
                        + ".",
                ScaleNames.pick(random, ScaleNames.NEIGHBORHOODS) + " residents",
                "https://" + ScaleNames.slug(name) + ".example.org",
                random.nextInt(10) == 0 ? null : staff.get(random.nextInt(staff.size())),
                changed,
                changed
            });
            int people = 1 + random.nextInt(4);
            firstContact[(int) id - 1] = contactId + 1;
            contactsPerPartner[(int) id - 1] = people;
            for (int p = 0; p < people; p++) {
                String first = ScaleNames.pick(random, ScaleNames.FIRST);
                String last = ScaleNames.pick(random, ScaleNames.LAST);
                contactRows.add(new Object[] {
                    ++contactId,
                    id,
                    first + " " + last,
                    ScaleNames.pick(random, ScaleNames.TITLES),
                    (first + "." + last).toLowerCase(Locale.ROOT) + "@" + ScaleNames.slug(name) + ".example.org",
                    String.format("(555) 01%d-%04d", random.nextInt(10), random.nextInt(10_000)),
                    changed,
                    changed
                });
            }
            if (partnerRows.size() == BATCH || id == count) {
                flushPartners(partnerRows);
                flushContacts(contactRows);
                log.info("Scale data: {} of {} partners written", id, count);
            }
        }
        restartSequence("partner_seq", count);
        restartSequence("contact_seq", contactId);
        return (int) contactId;
    }

    private void flushPartners(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into partner (id, version, name, name_key, kind, government_kind, status, mission_and_goals,
                    communities_served, website, relationship_owner_id, created_at, created_by, updated_at, updated_by)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '%s', ?, '%s')""".formatted(BY, BY), rows);
        rows.clear();
    }

    private void flushContacts(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into contact (id, version, partner_id, full_name, title, email, phone, created_at, created_by,
                    updated_at, updated_by)
                values (?, 0, ?, ?, ?, ?, ?, ?, '%s', ?, '%s')""".formatted(BY, BY), rows);
        rows.clear();
    }

    /** Past the generated ids with room for Hibernate's pooled allocation (50 at a time). */
    private void restartSequence(String sequence, long maxId) {
        jdbc.execute("alter sequence " + sequence + " restart with " + (maxId + 101));
    }

    private static String uniqueName(Random random, PartnerKind kind, GovernmentKind governmentKind, Set<String> used) {
        String name = ScaleNames.partnerName(random, kind, governmentKind);
        for (int n = 2; !used.add(Texts.key(name)); n++) {
            name = ScaleNames.partnerName(random, kind, governmentKind) + (n > 5 ? " " + n : "");
        }
        return name;
    }

    /** Roughly a third government, a third DEI organizations, a quarter science leaders, the rest other. */
    private static PartnerKind kind(Random random) {
        int roll = random.nextInt(100);
        return roll < 33
                ? PartnerKind.GOVERNMENT
                : roll < 66 ? PartnerKind.DEI_ORGANIZATION : roll < 90 ? PartnerKind.SCIENCE_LEADER : PartnerKind.OTHER;
    }

    private static PartnerStatus status(Random random) {
        int roll = random.nextInt(100);
        return roll < 75
                ? PartnerStatus.ACTIVE
                : roll < 85 ? PartnerStatus.PROSPECTIVE : roll < 93 ? PartnerStatus.PAUSED : PartnerStatus.FORMER;
    }
}
