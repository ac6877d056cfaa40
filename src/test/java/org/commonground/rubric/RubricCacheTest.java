package org.commonground.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.rubric.rule.Finding;
import org.commonground.rubric.rule.Parameters;
import org.commonground.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Findings are reused until a feature they read changes, or until they are an hour old, never across parameters.
 * Where features stand is handed in, as the evaluator does after reading it once from the database.
 */
class RubricCacheTest {

    static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 6, 30));
    static final Parameters PARAMETERS = new Parameters(Map.of("minCount", 3));
    static final List<Finding> FOUND = List.of(new Finding(0.5, "1 of 2", "1 more"));
    static final Set<String> READS = Set.of("interaction", "partner");
    static final Map<String, Long> STOOD = Map.of("interaction", 4L, "partner", 2L, "commitment", 7L);

    MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    RubricCache cache = new RubricCache(null, clock, new RubricProperties(3600L, null));

    @Test
    void findings_are_reused_until_a_feature_they_read_changes_and_not_when_another_does() {
        cache.put("ce.gov.aware.review", PARAMETERS, DATES, READS, STOOD, FOUND);
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES, READS, STOOD))
                .isEqualTo(FOUND);
        assertThat(cache.get("ce.gov.aware.review", new Parameters(Map.of("minCount", 2)), DATES, READS, STOOD))
                .isNull();
        assertThat(cache.get(
                        "ce.gov.aware.review",
                        PARAMETERS,
                        DATES,
                        READS,
                        Map.of("interaction", 4L, "partner", 2L, "commitment", 8L)))
                .isEqualTo(FOUND);
        assertThat(cache.get(
                        "ce.gov.aware.review",
                        PARAMETERS,
                        DATES,
                        READS,
                        Map.of("interaction", 5L, "partner", 2L, "commitment", 7L)))
                .isNull();
    }

    @Test
    void a_feature_first_changed_after_the_findings_makes_them_stale_and_all_expire_after_an_hour() {
        cache.put("ce.gov.aware.review", PARAMETERS, DATES, READS, Map.of("interaction", 4L), FOUND);
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES, READS, Map.of("interaction", 4L)))
                .isEqualTo(FOUND);
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES, READS, STOOD))
                .isNull();

        cache.put("ce.gov.aware.review", PARAMETERS, DATES, READS, STOOD, FOUND);
        clock.advance(Duration.ofMinutes(59));
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES, READS, STOOD))
                .isEqualTo(FOUND);
        clock.advance(Duration.ofMinutes(2));
        assertThat(cache.get("ce.gov.aware.review", PARAMETERS, DATES, READS, STOOD))
                .isNull();
    }

    @Test
    void a_lifetime_of_zero_turns_the_cache_off() {
        RubricCache off = new RubricCache(null, clock, new RubricProperties(0L, null));
        off.put("ce.gov.aware.review", PARAMETERS, DATES, READS, STOOD, FOUND);
        assertThat(off.get("ce.gov.aware.review", PARAMETERS, DATES, READS, STOOD))
                .isNull();
        assertThat(off.stand()).isEmpty();
    }
}
