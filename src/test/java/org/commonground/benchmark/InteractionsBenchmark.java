package org.commonground.benchmark;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.commonground.interaction.InteractionFilter;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.Theme;
import org.commonground.interaction.Topic;
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
 * The interactions list and partner timelines at 5,000 partners and 200,000 interactions: what
 * the grid asks for (the first page of 50; it counts only on request) with each filter alone, a notes search, and a
 * partner's timeline. Not a test: run it with the command in docs/benchmarks.md.
 */
@SpringBootTest(properties = "commonground.demo-data=false")
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class InteractionsBenchmark {

    static final int PARTNERS = Integer.getInteger("benchmark.partners", 5000);
    static final int INTERACTIONS = Integer.getInteger("benchmark.interactions", 200_000);
    static final int WARMUP = 30;
    static final int RUNS = 200;

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    InteractionService interactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void interactions_list_and_timelines() throws Exception {
        ScaleDataGenerator.Result data = BenchmarkData.ensure(generator, jdbc, PARTNERS, INTERACTIONS);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
        Measurements m = new Measurements();
        PageRequest first = PageRequest.of(0, 50);
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));

        grid(m, "list, no filter", InteractionFilter.all());
        grid(
                m,
                "list, last 30 days",
                new InteractionFilter(today.minusDays(30), today, null, null, null, null, null, null));
        grid(
                m,
                "list, partner kind = DEI organization",
                new InteractionFilter(null, null, PartnerKind.DEI_ORGANIZATION, null, null, null, null, null));
        m.measure(
                "list, one partner, 200 partners in turn (first page)",
                WARMUP,
                RUNS,
                i -> interactions.search(
                        new InteractionFilter(null, null, null, 1 + (i * 37L) % PARTNERS, null, null, null, null),
                        first));
        grid(
                m,
                "list, topic = community issue",
                new InteractionFilter(null, null, null, null, Topic.issue(3L, "Extreme heat"), null, null, null));
        grid(
                m,
                "list, topic = theme (racial equity)",
                new InteractionFilter(null, null, null, null, Topic.theme(Theme.RACIAL_EQUITY), null, null, null));
        grid(
                m,
                "list, kind = policy review",
                new InteractionFilter(null, null, null, null, null, InteractionKind.POLICY_REVIEW, null, null));
        grid(m, "list, staff present", new InteractionFilter(null, null, null, null, null, null, 3L, null));
        search(m, "notes search, common word (\"flooding\", ~4 % of notes)", "flooding");
        search(m, "notes search, word prefix (\"flood\")", "flood");
        search(m, "notes search, rare word (\"bakobax\", ~0.3 % of notes)", "bakobax");
        search(m, "notes search, two words (\"cooling center\", ~0.2 % of notes)", "cooling center");
        search(m, "notes search, no match (\"zebra\")", "zebra");

        m.measure("on request: exact count, no filter", 5, 20, i -> interactions.count(InteractionFilter.all()));
        m.measure(
                "on request: exact count, one community issue",
                5,
                20,
                i -> interactions.count(new InteractionFilter(
                        null, null, null, null, Topic.issue(1 + i % 8L, "issue"), null, null, null)));
        m.measure(
                "partner timeline, first page (200 partners in turn)",
                WARMUP,
                RUNS,
                i -> interactions.timeline(1 + (i * 37L) % PARTNERS, null, null, first));
        m.measure(
                "partner timeline, kind = meeting",
                WARMUP,
                RUNS,
                i -> interactions.timeline(1 + (i * 37L) % PARTNERS, InteractionKind.MEETING, null, first));

        String version;
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            version = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
        m.report(
                "Interactions",
                BenchmarkDatabase.kind(),
                data.partners() + " partners, " + data.contacts()
                        + " contacts, " + data.interactions() + " interactions, " + data.followUps()
                        + " follow-ups (scale generator, seed 20261122); " + version);
    }

    private void search(Measurements m, String scenario, String text) {
        PageRequest first = PageRequest.of(0, 50);
        m.measure(
                scenario + " (first page)",
                WARMUP,
                RUNS,
                i -> interactions.search(InteractionFilter.all().withText(text), first));
    }

    private void grid(Measurements m, String scenario, InteractionFilter filter) {
        PageRequest first = PageRequest.of(0, 50);
        m.measure(scenario + " (first page)", WARMUP, RUNS, i -> interactions.search(filter, first));
    }
}
