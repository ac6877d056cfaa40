package org.commonground.benchmark;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionService;
import org.commonground.rubric.Dashboard;
import org.commonground.rubric.RubricService;
import org.commonground.scale.ScaleDataGenerator;
import org.commonground.shared.RecordChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The derived rubric at the scale data: the dashboard (every strand now and 90 days ago), the 24-month trend of
 * every strand, and a strand page with its evidence, timed inside the server process. Not a test: run it with the
 * command in docs/benchmarks.md.
 */
@SpringBootTest(properties = "commonground.demo-data=false")
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class RubricBenchmark {

    static final int PARTNERS = 5000;
    static final int INTERACTIONS = Integer.getInteger("benchmark.interactions", 200_000);
    static final int COMMITMENTS = 50_000;
    static final int MISSIONS = 2000;
    static final int MEASUREMENTS = 20_000;
    static final int SERIES = 500;
    static final int WARMUP = 10;
    static final int RUNS = 50;

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    RubricService rubric;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InteractionService interactions;

    @Autowired
    RecordChanges changes;

    @Test
    void dashboard_trend_and_strand_page() throws Exception {
        ensureData();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_DIRECTOR"))));
        LocalDate today = rubric.today();

        Measurements m = new Measurements();
        Dashboard[] last = new Dashboard[1];
        // As a director meets it: viewed again and again, with a record changing now and then — each change makes
        // the next view compute every indicator afresh (a write that commits empties the rubric's cache).
        m.measure(
                "dashboard: all 6 strands, today and 90 days ago, next steps",
                WARMUP,
                RUNS,
                i -> last[0] = rubric.dashboard(today));
        m.measure("trend: all 6 strands, 25 monthly points over 24 months", 3, 15, i -> rubric.trend(today));
        m.measure(
                "strand page: local government, with evidence records",
                WARMUP,
                RUNS,
                i -> rubric.strand("ce-gov", today));
        m.measure(
                "strand page: DEI organizations, with evidence records",
                WARMUP,
                RUNS,
                i -> rubric.strand("ce-dei", today));
        // Right after a meeting is edited (and its day recounted): the indicators that read interactions compute
        // afresh, the others are reused.
        long meeting = jdbc.queryForObject("select max(id) from interaction", Long.class);
        m.measure("editing a meeting (its day recounted for every criterion)", 3, 20, i -> editMeeting(meeting, i));
        m.measure(
                "dashboard, right after a meeting was edited",
                3,
                20,
                i -> editMeeting(meeting, i),
                i -> rubric.dashboard(today));
        // The worst case: every view right after every kind of record changed (nothing reused).
        m.measure(
                "dashboard, right after every kind of record changed (nothing reused)",
                3,
                20,
                i -> changes.all(),
                i -> rubric.dashboard(today));
        m.measure(
                "trend, right after every kind of record changed (nothing reused)",
                2,
                8,
                i -> changes.all(),
                i -> rubric.trend(today));

        String version;
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            version = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
        StringBuilder scores = new StringBuilder();
        last[0].strands()
                .forEach(c -> scores.append(c.strand().key())
                        .append(' ')
                        .append(c.now().formatted())
                        .append(", "));
        m.report(
                "Derived rubric",
                BenchmarkDatabase.kind(),
                PARTNERS + " partners, " + INTERACTIONS
                        + " interactions, " + COMMITMENTS + " commitments, " + MISSIONS + " shared missions with "
                        + MEASUREMENTS
                        + " measurements, " + SERIES + " meeting series (seed " + BenchmarkData.SEED + "); scores "
                        + scores
                        + version);
    }

    /** An edit of a meeting's notes through the service, as a person makes it. */
    private void editMeeting(long id, int run) {
        InteractionForm form = interactions.formFor(id);
        form.setNotes("Benchmark edit " + run + ": agreed next steps on the cooling centers.");
        interactions.update(id, form);
    }

    private void ensureData() {
        long partners = jdbc.queryForObject("select count(*) from partner", Long.class);
        if (partners == 0) {
            generator.generate(PARTNERS, INTERACTIONS, MISSIONS, MEASUREMENTS, BenchmarkData.SEED);
            generator.generateCommitments(COMMITMENTS, BenchmarkData.SEED);
            generator.generateCheckIns(SERIES, BenchmarkData.SEED);
            return;
        }
        if (jdbc.queryForObject("select count(*) from meeting_series", Long.class) == 0) {
            generator.generateCheckIns(SERIES, BenchmarkData.SEED); // a database from before check-ins existed
        }
        long interactions = jdbc.queryForObject("select count(*) from interaction", Long.class);
        long commitments = jdbc.queryForObject("select count(*) from commitment", Long.class);
        if (partners != PARTNERS || interactions != INTERACTIONS || commitments != COMMITMENTS) {
            throw new IllegalStateException("The reused benchmark database holds " + partners + " partners, "
                    + interactions + " interactions and " + commitments + " commitments, not " + PARTNERS + ", "
                    + INTERACTIONS + " and " + COMMITMENTS + ". Run without -Dbenchmark.reuse=true to start afresh.");
        }
    }
}
