package org.commonground.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.commonground.rubric.rule.Finding;
import org.commonground.rubric.rule.Parameters;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionExecution;

/** Findings are reused until a write commits, or until they are a minute old, and never across parameters. */
class RubricCacheTest {

    static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 6, 30));
    static final Parameters PARAMETERS = new Parameters(Map.of("minCount", 3));
    static final List<Finding> FOUND = List.of(new Finding(0.5, "1 of 2", "1 more"));

    MutableClock clock = new MutableClock();
    RubricCache cache = new RubricCache(clock, 60);

    @Test
    void findings_are_reused_until_a_write_commits() {
        cache.put("ce.gov.aware.review", PARAMETERS, DATES, cache.generation(), FOUND);
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES)).isEqualTo(FOUND);
        assertThat(cache.get("ce.gov.aware.review", new Parameters(Map.of("minCount", 2)), DATES)).isNull();

        cache.afterCommit(transaction(true), null);
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES)).as("a read-only commit changes nothing")
                .isEqualTo(FOUND);
        cache.afterCommit(transaction(false), new RuntimeException("rolled back"));
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES)).as("a failed commit changes nothing")
                .isEqualTo(FOUND);
        cache.afterCommit(transaction(false), null);
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES)).isNull();
    }

    @Test
    void findings_computed_while_a_write_committed_are_stale_at_once_and_all_expire_after_a_minute() {
        long before = cache.generation();
        cache.afterCommit(transaction(false), null);
        cache.put("ce.gov.aware.review", PARAMETERS, DATES, before, FOUND);
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES)).isNull();

        cache.put("ce.gov.aware.review", PARAMETERS, DATES, cache.generation(), FOUND);
        clock.advance(Duration.ofSeconds(61));
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES)).isNull();
    }

    private static TransactionExecution transaction(boolean readOnly) {
        return new TransactionExecution() {
            @Override
            public boolean isReadOnly() {
                return readOnly;
            }

            @Override
            public boolean isNewTransaction() {
                return true;
            }

            @Override
            public void setRollbackOnly() {
            }

            @Override
            public boolean isRollbackOnly() {
                return false;
            }

            @Override
            public boolean isCompleted() {
                return true;
            }
        };
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
