package org.commonground.shared;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which features' records changed, as a generation number per feature ("interaction", "commitment"…, the
 * package a record's class lives in) that goes up when a transaction that saved, changed or deleted one of its
 * records commits in this instance. Lets computed figures (the rubric's) be reused until what they read
 * changes. Fed by {@link RecordChangeListener} on every {@link AuditedEntity}.
 */
@Component
public class RecordChanges {

    private static final String PACKAGE = "org.commonground.";
    private static volatile RecordChanges instance;

    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    public RecordChanges() {
        instance = this;
    }

    static RecordChanges instance() {
        return instance;
    }

    /** The current generation of each of these features. */
    public Map<String, Long> generations(Set<String> features) {
        Map<String, Long> now = new java.util.HashMap<>();
        for (String feature : features) {
            now.put(feature, generation(feature).get());
        }
        return now;
    }

    /** Every feature's records changed (records were written around the services). */
    public void all() {
        generations.values().forEach(AtomicLong::incrementAndGet);
    }

    void touched(Object record) {
        String feature = featureOf(record.getClass().getName());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            generation(feature).incrementAndGet();
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<String> features = ConcurrentHashMap.newKeySet();
            TransactionSynchronizationManager.bindResource(this, features);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RecordChanges.this);
                    if (status == STATUS_COMMITTED) {
                        features.forEach(f -> generation(f).incrementAndGet());
                    }
                }
            });
            pending = features;
        }
        pending.add(feature);
    }

    private AtomicLong generation(String feature) {
        return generations.computeIfAbsent(feature, f -> new AtomicLong());
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
