package org.commonground.rubric;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.rubric.rule.Finding;
import org.commonground.rubric.rule.Parameters;
import org.commonground.shared.RecordChanges;
import org.springframework.stereotype.Component;

/**
 * Findings already computed, kept until a record they read changes: each rule names the features it reads, and
 * {@link RecordChanges} (in the database, so every instance agrees) says when one of those changed — logging a
 * meeting recomputes the indicators that read interactions, not those that read commitments. As a safety net
 * entries also expire after {@code commonground.rubric.cache-seconds} (an hour; 0 turns the cache off). A
 * bounded number of entries, the most recently used kept.
 */
@Component
class RubricCache {

    private static final int MAX_ENTRIES = 2_000;

    private record Key(String indicator, Parameters parameters, List<LocalDate> dates) {}

    private record Cached(Map<String, Long> generations, Instant at, List<Finding> findings) {}

    private final RecordChanges changes;
    private final Clock clock;
    private final Duration lifetime;
    private final Map<Key, Cached> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RubricCache(RecordChanges changes, Clock clock, RubricProperties properties) {
        this.changes = changes;
        this.clock = clock;
        this.lifetime = Duration.ofSeconds(properties.cacheSeconds());
    }

    /** Where every feature stands now: read once before an evaluation, and handed to {@link #get} and {@link #put}. */
    Map<String, Long> stand() {
        return lifetime.isZero() ? Map.of() : changes.current();
    }

    /** The findings computed for this indicator, parameters and dates since what they read last changed. */
    synchronized List<Finding> get(
            String indicator, Parameters parameters, List<LocalDate> dates, Set<String> reads, Map<String, Long> now) {
        if (lifetime.isZero()) {
            return null;
        }
        Cached entry = entries.get(new Key(indicator, parameters, dates));
        if (entry == null
                || !entry.generations().equals(of(reads, now))
                || entry.at().plus(lifetime).isBefore(clock.instant())) {
            return null;
        }
        return entry.findings();
    }

    /** The generations of the features read, from where all features stand. */
    static Map<String, Long> of(Set<String> reads, Map<String, Long> all) {
        Map<String, Long> mine = new HashMap<>();
        reads.forEach(feature -> mine.put(feature, all.getOrDefault(feature, 0L)));
        return mine;
    }

    /**
     * Keeps findings computed from the features as they stood before computing ({@code stood}), so a change that
     * committed meanwhile makes them stale at once.
     */
    synchronized void put(
            String indicator,
            Parameters parameters,
            List<LocalDate> dates,
            Set<String> reads,
            Map<String, Long> stood,
            List<Finding> findings) {
        if (!lifetime.isZero()) {
            entries.put(
                    new Key(indicator, parameters, List.copyOf(dates)),
                    new Cached(of(reads, stood), clock.instant(), List.copyOf(findings)));
        }
    }

    /** Forgets everything: for changes made around the services (tests that reset the database). */
    synchronized void clear() {
        entries.clear();
        changes.all();
    }
}
