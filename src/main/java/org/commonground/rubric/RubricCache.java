package org.commonground.rubric;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.commonground.rubric.rule.Finding;
import org.commonground.rubric.rule.Parameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Findings already computed, kept until any record changes: every transaction that writes and commits in this
 * instance starts a new generation, so a dashboard viewed again without changes in between is read from memory,
 * and the first view after a change computes afresh. Another instance's changes are not seen here: entries also
 * expire after {@code commonground.rubric.cache-seconds} (60 s; 0 turns the cache off), the most a second
 * instance's rubric can lag behind. A bounded number of entries (most recently used kept).
 */
@Component
class RubricCache implements TransactionExecutionListener {

    private static final int MAX_ENTRIES = 2_000;

    private record Key(String indicator, Parameters parameters, List<LocalDate> dates) {
    }

    private record Cached(long generation, Instant at, List<Finding> findings) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;
    private final Duration lifetime;
    private final Map<Key, Cached> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RubricCache(Clock clock, @Value("${commonground.rubric.cache-seconds:60}") long seconds) {
        this.clock = clock;
        this.lifetime = Duration.ofSeconds(seconds);
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        if (failure == null && !transaction.isReadOnly()) {
            generation.incrementAndGet();
        }
    }

    /** The findings computed for this indicator, parameters and dates since the last change; null if none. */
    synchronized List<Finding> get(String indicator, Parameters parameters, List<LocalDate> dates) {
        if (lifetime.isZero()) {
            return null;
        }
        Cached entry = entries.get(new Key(indicator, parameters, dates));
        if (entry == null || entry.generation() != generation.get() || entry.at().plus(lifetime).isBefore(
                clock.instant())) {
            return null;
        }
        return entry.findings();
    }

    /**
     * Keeps findings computed at {@code computedIn}: the generation read before computing, so a change that
     * committed meanwhile makes them stale at once.
     */
    synchronized void put(String indicator, Parameters parameters, List<LocalDate> dates, long computedIn,
            List<Finding> findings) {
        if (!lifetime.isZero()) {
            entries.put(new Key(indicator, parameters, List.copyOf(dates)), new Cached(computedIn, clock.instant(),
                    List.copyOf(findings)));
        }
    }

    long generation() {
        return generation.get();
    }

    /** Forgets everything: for changes made around the services (tests that reset the database). */
    synchronized void clear() {
        entries.clear();
        generation.incrementAndGet();
    }
}
