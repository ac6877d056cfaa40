package org.commonground.interaction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.commonground.shared.CommunityIssuePriorityChanged;
import org.commonground.shared.PartnerKindChanged;
import org.commonground.shared.StaffRoleChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per criterion the rubric tracks, how many matching interactions happened each day (per community issue where
 * asked): a count kept in the database, so an indicator reads a row per day instead of every interaction of
 * its window. A criterion is counted in full the first time it is read; from then on every interaction logged,
 * changed or deleted recounts its days in the same transaction, as does a partner changing kind (its
 * interactions' days); an issue changing priority makes criteria that name priorities count afresh.
 * Counting a few days is one statement per criterion; a lock row makes concurrent recounts of a day take turns.
 */
@Component
class InteractionTallies {

    private static final Logger log = LoggerFactory.getLogger(InteractionTallies.class);

    /** Raise when the SQL that counts a criterion changes: counts kept by the older code are then dropped. */
    private static final String COUNTING_VERSION = "v1:";

    private record Tracked(String key, InteractionCriteria criteria, boolean byIssue) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private final Clock clock;
    private final Map<String, Tracked> tracked = new ConcurrentHashMap<>();

    InteractionTallies(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Declares a criterion to count; cheap, and done for every criterion before the first is read. */
    void track(InteractionCriteria criteria, boolean byIssue) {
        String key = key(criteria, byIssue);
        tracked.putIfAbsent(key, new Tracked(key, criteria, byIssue));
    }

    /** Counts kept for criteria nothing tracks any more (an older rubric) would go stale: they are dropped. */
    @EventListener(ApplicationReadyEvent.class)
    void dropUntracked() {
        separate.executeWithoutResult(status -> {
            List<String> stored = jdbc.queryForList(
                    "select criterion from interaction_tally_criterion", new MapSqlParameterSource(), String.class);
            for (String key : stored) {
                if (!tracked.containsKey(key)) {
                    forget(key);
                }
            }
        });
    }

    NavigableMap<LocalDate, Long> daily(InteractionCriteria criteria, LocalDate after, LocalDate upTo) {
        Tracked t = ensure(criteria, false);
        NavigableMap<LocalDate, Long> days = new TreeMap<>();
        jdbc.query(
                "select tally_day, n from interaction_tally where criterion = :key and issue_id = 0 "
                        + "and tally_day > :after and tally_day <= :upTo",
                new MapSqlParameterSource("key", t.key())
                        .addValue("after", after)
                        .addValue("upTo", upTo),
                row -> {
                    days.put(row.getObject(1, LocalDate.class), row.getLong(2));
                });
        return days;
    }

    Map<Long, NavigableSet<LocalDate>> daysByIssue(InteractionCriteria criteria, LocalDate after, LocalDate upTo) {
        Tracked t = ensure(criteria, true);
        Map<Long, NavigableSet<LocalDate>> byIssue = new HashMap<>();
        jdbc.query(
                "select issue_id, tally_day from interaction_tally where criterion = :key and tally_day > :after "
                        + "and tally_day <= :upTo",
                new MapSqlParameterSource("key", t.key())
                        .addValue("after", after)
                        .addValue("upTo", upTo),
                row -> {
                    byIssue.computeIfAbsent(row.getLong(1), k -> new TreeSet<>())
                            .add(row.getObject(2, LocalDate.class));
                });
        return byIssue;
    }

    /**
     * Recounts these days for every counted criterion, in the caller's transaction (after its changes are
     * flushed). Always takes the lock, so a criterion being counted in full meanwhile sees this change committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recount(Collection<LocalDate> days) {
        Set<LocalDate> distinct = new TreeSet<>();
        days.forEach(d -> {
            if (d != null) {
                distinct.add(d);
            }
        });
        lock();
        if (distinct.isEmpty()) {
            return;
        }
        // What the database holds, not what this instance built: another instance may have counted more.
        List<String> counted = jdbc.queryForList(
                "select criterion from interaction_tally_criterion", new MapSqlParameterSource(), String.class);
        for (String key : counted) {
            Tracked t = tracked.get(key);
            if (t == null) {
                continue;
            }
            jdbc.update(
                    "delete from interaction_tally where criterion = :key and tally_day in (:days)",
                    new MapSqlParameterSource("key", key).addValue("days", distinct));
            insertCounts(t, distinct);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PartnerKindChanged event) {
        recount(jdbc.queryForList(
                "select distinct i.occurred_on from interaction i join interaction_partner ip "
                        + "on ip.interaction_id = i.id where ip.partner_id = :partner",
                new MapSqlParameterSource("partner", event.partnerId()),
                LocalDate.class));
    }

    /** Someone became, or stopped being, a director: the days of the interactions they attended are recounted. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(StaffRoleChanged event) {
        recount(jdbc.queryForList(
                "select distinct i.occurred_on from interaction i join interaction_staff s "
                        + "on s.interaction_id = i.id where s.user_id = :user",
                new MapSqlParameterSource("user", event.userId()),
                LocalDate.class));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CommunityIssuePriorityChanged event) {
        lock();
        for (Tracked t : tracked.values()) {
            if (!t.criteria().priorities().isEmpty()) {
                forget(t.key());
            }
        }
    }

    private Tracked ensure(InteractionCriteria criteria, boolean byIssue) {
        track(criteria, byIssue);
        Tracked t = tracked.get(key(criteria, byIssue));
        // Asked of the database each time, not remembered: another instance, or the scale generator, may have
        // dropped the counts since.
        if (counted(t.key())) {
            return t;
        }
        separate.executeWithoutResult(status -> {
            lock();
            if (!counted(t.key())) {
                long started = System.nanoTime();
                jdbc.update(
                        "delete from interaction_tally where criterion = :key",
                        new MapSqlParameterSource("key", t.key()));
                insertCounts(t, null);
                jdbc.update(
                        "insert into interaction_tally_criterion (criterion, definition, built_at) "
                                + "values (:key, :definition, :at)",
                        new MapSqlParameterSource("key", t.key())
                                .addValue(
                                        "definition",
                                        (t.byIssue() ? "by issue; " : "")
                                                + t.criteria().canonical())
                                .addValue("at", Timestamp.from(clock.instant())));
                log.debug(
                        "Counted interactions per day for {} in {} ms",
                        t.criteria().canonical(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
        return t;
    }

    private boolean counted(String key) {
        Integer known = jdbc.queryForObject(
                "select count(*) from interaction_tally_criterion where criterion = :key",
                new MapSqlParameterSource("key", key),
                Integer.class);
        return known != null && known > 0;
    }

    /** Inserts the counts of the given days (all days when null) for one criterion. */
    private void insertCounts(Tracked t, Collection<LocalDate> days) {
        InteractionEvidenceSql sql = new InteractionEvidenceSql(t.criteria(), days);
        sql.parameters.addValue("key", t.key());
        if (t.byIssue()) {
            jdbc.update(
                    "insert into interaction_tally (criterion, tally_day, issue_id, n) select :key, i.occurred_on, "
                            + "x.issue_id, count(*) from interaction i join interaction_issue x on x.interaction_id = i.id "
                            + "where " + sql.where + " group by i.occurred_on, x.issue_id",
                    sql.parameters);
        } else {
            jdbc.update(
                    "insert into interaction_tally (criterion, tally_day, issue_id, n) select :key, i.occurred_on, 0, "
                            + "count(*) from interaction i where " + sql.where + " group by i.occurred_on",
                    sql.parameters);
        }
    }

    private void forget(String key) {
        jdbc.update("delete from interaction_tally where criterion = :key", new MapSqlParameterSource("key", key));
        jdbc.update(
                "delete from interaction_tally_criterion where criterion = :key",
                new MapSqlParameterSource("key", key));
    }

    private void lock() {
        jdbc.queryForList(
                "select id from interaction_tally_lock where id = 1 for update",
                new MapSqlParameterSource(),
                Integer.class);
    }

    static String key(InteractionCriteria criteria, boolean byIssue) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((COUNTING_VERSION + (byIssue ? "by-issue:" : "") + criteria.canonical())
                            .getBytes(StandardCharsets.UTF_8));
            return "i" + HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
