package org.commonground.benchmark;

import org.commonground.scale.ScaleDataGenerator;
import org.springframework.jdbc.core.JdbcTemplate;

/** Generates the benchmark's data, or, when reusing a database that holds it, counts what is there. */
final class BenchmarkData {

    static final long SEED = 20261122L;

    private BenchmarkData() {}

    static ScaleDataGenerator.Result ensure(
            ScaleDataGenerator generator, JdbcTemplate jdbc, int partners, int interactions) {
        long existing = count(jdbc, "partner");
        if (existing == 0) {
            return generator.generate(partners, interactions, SEED);
        }
        if (existing != partners || count(jdbc, "interaction") != interactions) {
            throw new IllegalStateException("The reused benchmark database holds " + existing + " partners and "
                    + count(jdbc, "interaction") + " interactions, not " + partners + " and " + interactions
                    + ". Run without -Dbenchmark.reuse=true to start afresh.");
        }
        return new ScaleDataGenerator.Result(
                8, partners, (int) count(jdbc, "contact"), interactions, (int) count(jdbc, "follow_up"), 0, 0, 0, 0);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
