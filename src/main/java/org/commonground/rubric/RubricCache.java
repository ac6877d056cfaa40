package org.commonground.rubric;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.rubric.rule.Finding;
import org.commonground.rubric.rule.Parameters;
import org.commonground.shared.RecordChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Findings already computed, kept until a record they read changes: each rule names the features it reads, and
 * {@link RecordChanges} says when one of those changed in this instance — logging a meeting recomputes the
 * indicators that read interactions, not those that read commitments. Another instance's changes are not seen
 * here: entries also expire after {@code commonground.rubric.cache-seconds} (60 s; 0 turns the cache off), the
 * most a second instance's rubric can lag behind. A bounded number of entries (most recently used kept).
 */
@Component
class RubricCache {

    private static final int MAX_ENTRIES = 2_000;

    private record Key(String indicator, Parameters parameters, List<LocalDate> dates) {
    }

    private record Cached(Map<String, Long> generations, Instant at, List<Finding> findings) {
    }

    private final RecordChanges changes;
    private final Clock clock;
    private final Duration lifetime;
    private final Map<Key, Cached> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RubricCache(RecordChanges changes, Clock clock, @Value("${commonground.rubric.cache-seconds:60}") long seconds) {
        this.changes = changes;
        this.clock = clock;
        this.lifetime = Duration.ofSeconds(seconds);
    }

    /** Where the features stand now: read before computing, handed to {@link #put}. */
    Map<String, Long> stand(Set<String> reads) {
        return changes.generations(reads);
    }

    /** The findings computed for this indicator, parameters and dates since what they read last changed. */
    synchronized List<Finding> get(String indicator, Parameters parameters, List<LocalDate> dates, Set<String> reads) {
        if (lifetime.isZero()) {
            return null;
        }
        Cached entry = entries.get(new Key(indicator, parameters, dates));
        if (entry == null || !entry.generations().equals(changes.generations(reads))
                || entry.at().plus(lifetime).isBefore(clock.instant())) {
            return null;
        }
        return entry.findings();
    }

    /**
     * Keeps findings computed from the features as they stood before computing ({@code stood}), so a change that
     * committed meanwhile makes them stale at once.
     */
    synchronized void put(String indicator, Parameters parameters, List<LocalDate> dates, Map<String, Long> stood,
            List<Finding> findings) {
        if (!lifetime.isZero()) {
            entries.put(new Key(indicator, parameters, List.copyOf(dates)), new Cached(Map.copyOf(stood),
                    clock.instant(), List.copyOf(findings)));
        }
    }

    /** Forgets everything: for changes made around the services (tests that reset the database). */
    synchronized void clear() {
        entries.clear();
        changes.all();
    }
}
