package org.commonground.benchmark;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.commonground.commitment.Balance;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.DueWindow;
import org.commonground.partner.PartnerKind;
import org.commonground.scale.ScaleDataGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The balance of commitments and the commitments list at 5,000 partners, 50,000 commitments and
 * 2,000 shared missions with 20,000 measurements, timed inside the server process. Not a test: run it
 * with the command in docs/benchmarks.md.
 */
@SpringBootTest(properties = "commonground.demo-data=false")
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class CommitmentBalanceBenchmark {

    static final int PARTNERS = 5000;
    static final int COMMITMENTS = 50_000;
    static final int MISSIONS = 2000;
    static final int MEASUREMENTS = 20_000;
    static final int WARMUP = 30;
    static final int RUNS = 200;

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    CommitmentService commitments;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void balance_and_commitments_list() throws Exception {
        ensureData();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        LocalDate threeYearsAgo = today.minusYears(3).plusDays(1);

        Measurements m = new Measurements();
        Balance[] last = new Balance[1];
        m.measure(
                "balance, all partners, last 3 years (by kind + first 50 partners)",
                WARMUP,
                RUNS,
                i -> last[0] = commitments.balance(threeYearsAgo, today, null));
        m.measure(
                "balance by partner, 3 years, page 20 of 50 partners",
                WARMUP,
                RUNS,
                i -> commitments.balanceByPartner(threeYearsAgo, today, PageRequest.of(20, 50)));
        m.measure(
                "balance, all partners, last 12 months",
                WARMUP,
                RUNS,
                i -> commitments.balance(today.minusYears(1).plusDays(1), today, null));
        m.measure(
                "balance, one partner (200 in turn), last 3 years",
                WARMUP,
                RUNS,
                i -> commitments.balance(threeYearsAgo, today, 1 + (i * 37L) % PARTNERS));
        PageRequest first = PageRequest.of(0, 50);
        m.measure("commitments list, first page + count", WARMUP, RUNS, i -> {
            commitments.search(CommitmentFilter.none(), first);
            commitments.count(CommitmentFilter.none());
        });
        CommitmentFilter overdue = new CommitmentFilter(null, null, null, null, DueWindow.OVERDUE, null, null);
        m.measure("commitments list, overdue, first page + count", WARMUP, RUNS, i -> {
            commitments.search(overdue, first);
            commitments.count(overdue);
        });
        CommitmentFilter dei = new CommitmentFilter(null, null, null, PartnerKind.DEI_ORGANIZATION, null, null, null);
        m.measure("commitments list, DEI partners, first page + count", WARMUP, RUNS, i -> {
            commitments.search(dei, first);
            commitments.count(dei);
        });
        m.measure("director's due list (overdue + next 30 days)", WARMUP, RUNS, i -> commitments.dueSoon(50));

        String version;
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            version = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
        m.report(
                "Commitments and balance",
                BenchmarkDatabase.kind(),
                PARTNERS + " partners, " + COMMITMENTS
                        + " commitments, " + MISSIONS + " shared missions with " + MEASUREMENTS + " measurements (seed "
                        + BenchmarkData.SEED + "); the 3-year balance has "
                        + last[0].byPartnerKind().size()
                        + " lines by partner kind; " + version);
    }

    private void ensureData() {
        long partners = jdbc.queryForObject("select count(*) from partner", Long.class);
        if (partners == 0) {
            generator.generate(PARTNERS, 0, MISSIONS, MEASUREMENTS, BenchmarkData.SEED);
            generator.generateCommitments(COMMITMENTS, BenchmarkData.SEED);
            return;
        }
        long found = jdbc.queryForObject("select count(*) from commitment", Long.class);
        if (partners != PARTNERS || found != COMMITMENTS) {
            throw new IllegalStateException("The reused benchmark database holds " + partners + " partners and "
                    + found + " commitments, not " + PARTNERS + " and " + COMMITMENTS
                    + ". Run without -Dbenchmark.reuse=true to start afresh.");
        }
    }
}
