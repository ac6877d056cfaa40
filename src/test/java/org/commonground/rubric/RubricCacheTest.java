package org.commonground.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.rubric.rule.Finding;
import org.commonground.rubric.rule.Parameters;
import org.commonground.shared.RecordChanges;
import org.junit.jupiter.api.Test;

/** Findings are reused until what they read changes, or until they are a minute old, never across parameters. */
class RubricCacheTest {

    static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 6, 30));
    static final Parameters PARAMETERS = new Parameters(Map.of("minCount", 3));
    static final List<Finding> FOUND = List.of(new Finding(0.5, "1 of 2", "1 more"));
    static final Set<String> READS = Set.of("interaction", "partner");

    RecordChanges changes = new RecordChanges();
    MutableClock clock = new MutableClock();
    RubricCache cache = new RubricCache(changes, clock, 60);

    @Test
    void findings_are_reused_until_a_feature_they_read_changes() {
        cache.put("ce.gov.aware.review", PARAMETERS, DATES, cache.stand(READS), FOUND);
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES, READS)).isEqualTo(FOUND);
        assertThat(cache.get("ce.gov.aware.review", new Parameters(Map.of("minCount", 2)), DATES, READS)).isNull();
        changes.all();
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES, READS)).isNull();
    }

    @Test
    void findings_computed_while_a_change_committed_are_stale_at_once_and_all_expire_after_a_minute() {
        Map<String, Long> before = cache.stand(READS);
        changes.all();
        cache.put("ce.gov.aware.review", PARAMETERS, DATES, before, FOUND);
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES, READS)).isNull();

        cache.put("ce.gov.aware.review", PARAMETERS, DATES, cache.stand(READS), FOUND);
        clock.advance(Duration.ofSeconds(61));
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES, READS)).isNull();
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-06-30T15:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
