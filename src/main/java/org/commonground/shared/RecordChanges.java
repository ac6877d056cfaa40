package org.commonground.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which features' records changed, as a generation number per feature ("interaction", "commitment"…, the
 * package a record's class lives in), kept in the database so every instance sharing it sees the same: after a
 * transaction that saved, changed or deleted records of a feature commits, that feature's generation goes up.
 * Figures computed from records (the rubric's) are reused until a feature they read moves on. Fed by
 * {@link RecordChangeListener} on every {@link AuditedEntity}. The count goes up just after the commit, so a
 * figure computed in between is merely computed once more.
 */
@Component
public class RecordChanges {

    private static final String PACKAGE = "org.commonground.";
    private static final Logger log = LoggerFactory.getLogger(RecordChanges.class);

    private final JdbcTemplate jdbc;
    /** Its own transaction: after a commit the finished one is still bound, and writes there would be lost. */
    private final TransactionTemplate separately;

    public RecordChanges(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Every feature's generation as it stands (features never changed are 0 or absent). */
    public Map<String, Long> current() {
        Map<String, Long> now = new HashMap<>();
        jdbc.query("select feature, generation from record_generation", row -> {
            now.put(row.getString(1), row.getLong(2));
        });
        return now;
    }

    /** Every feature's records changed (written around the services: the scale generator, a test's reset). */
    public void all() {
        bump(current().keySet());
    }

    void touched(Object record) {
        String feature = featureOf(record.getClass().getName());
        if (log.isTraceEnabled()) {
            log.trace("Changed: {} ({})", record.getClass().getSimpleName(), feature);
        }
        touched(feature);
    }

    /**
     * A feature's records changed without an entity event — a bulk update — so its generation goes up when the
     * transaction commits (at once outside one). Named like the feature's package: "partner", "commitment"…
     */
    public void touched(String feature) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bump(Set.of(feature));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<String> features = new TreeSet<>();
            TransactionSynchronizationManager.bindResource(this, features);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RecordChanges.this);
                    if (status == STATUS_COMMITTED) {
                        bump(features);
                    }
                }
            });
            pending = features;
        }
        pending.add(feature);
    }

    /** Features in name order, so two instances bumping the same ones never wait on each other in a circle. */
    private void bump(Set<String> features) {
        Set<String> missing = new TreeSet<>();
        separately.executeWithoutResult(status -> {
            for (String feature : new TreeSet<>(features)) {
                if (jdbc.update("update record_generation set generation = generation + 1 where feature = ?", feature)
                        == 0) {
                    missing.add(feature);
                }
            }
        });
        for (String feature : missing) {
            try {
                separately.executeWithoutResult(status ->
                        jdbc.update("insert into record_generation (feature, generation) values (?, 1)", feature));
            } catch (DuplicateKeyException e) {
                // Another instance inserted it meanwhile: count this change on top.
                separately.executeWithoutResult(status -> jdbc.update(
                        "update record_generation set generation = generation + 1 where feature = ?", feature));
            }
        }
    }

    static String featureOf(String className) {
        if (!className.startsWith(PACKAGE)) {
            return className;
        }
        String rest = className.substring(PACKAGE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
