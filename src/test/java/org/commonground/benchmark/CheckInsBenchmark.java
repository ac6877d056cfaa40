package org.commonground.benchmark;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.commonground.partner.PartnerKind;
import org.commonground.scale.ScaleDataGenerator;
import org.commonground.schedule.CalendarFeed;
import org.commonground.schedule.CalendarFilter;
import org.commonground.schedule.ScheduleService;
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
 * Recurring check-ins at 500 series (mixed rules, 30 % with exceptions) with the director invited to all:
 * the personal feed, the month view and agenda, the rubric's attendance and a series page, timed inside the
 * server process. Not a test: run it with the command in docs/benchmarks.md.
 */
@SpringBootTest(properties = "commonground.demo-data=false")
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class CheckInsBenchmark {

    static final int PARTNERS = 1000;
    static final int SERIES = 500;
    static final int WARMUP = 30;
    static final int RUNS = 200;

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void feed_month_view_and_attendance() throws Exception {
        ensureData();
        String director =
                jdbc.queryForObject("select username from user_account where username = 'scale-staff-1'", String.class);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        director, null, List.of(new SimpleGrantedAuthority("ROLE_DIRECTOR"))));
        String path = schedule.myFeedPath();
        String token = path.substring("/calendar/".length(), path.length() - ".ics".length());
        ZoneId zone = ZoneId.of("America/Chicago");
        YearMonth month = YearMonth.now(zone);
        // What the month grid asks for: whole weeks around the month.
        LocalDate first = month.atDay(1).minusDays(month.atDay(1).getDayOfWeek().getValue() % 7);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = first.plusWeeks(6).atStartOfDay(zone).toInstant();
        Instant now = Instant.now();
        Instant yearAgo = now.atZone(zone).minusMonths(12).toInstant();

        Measurements m = new Measurements();
        CalendarFeed[] feed = new CalendarFeed[1];
        m.measure(
                "personal feed, director invited to all 500 series (whole .ics)",
                WARMUP,
                RUNS,
                i -> feed[0] = schedule.feed(token).orElseThrow());
        m.measure(
                "personal feed, conditional request (ETag check only, 304)",
                WARMUP,
                RUNS,
                i -> schedule.feedVersion(token).orElseThrow());
        List<?>[] items = new List<?>[1];
        m.measure(
                "month view, all series (6 weeks of occurrences)",
                WARMUP,
                RUNS,
                i -> items[0] = schedule.calendar(from, to, CalendarFilter.none()));
        m.measure("month view, mine", WARMUP, RUNS, i -> schedule.calendar(from, to, new CalendarFilter(null, true)));
        m.measure(
                "month view, partner kind = local government",
                WARMUP,
                RUNS,
                i -> schedule.calendar(from, to, new CalendarFilter(PartnerKind.GOVERNMENT, false)));
        m.measure(
                "rubric attendance, all series, last 12 months", WARMUP, RUNS, i -> schedule.attendance(yearAgo, now));
        m.measure("series page (details, adherence, 12 months back, 6 ahead; 50 in turn)", WARMUP, RUNS, i -> {
            long id = 1 + (i * 7L) % SERIES;
            schedule.get(id);
            schedule.occurrences(id, yearAgo, now.atZone(zone).plusMonths(6).toInstant());
        });

        String version;
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            version = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
        long rows = jdbc.queryForObject("select count(*) from occurrence", Long.class);
        long withRows = jdbc.queryForObject("select count(distinct series_id) from occurrence", Long.class);
        m.report(
                "Check-ins",
                BenchmarkDatabase.kind(),
                PARTNERS + " partners, " + SERIES + " meeting series ("
                        + withRows + " with exceptions, " + rows + " stored occurrences; seed " + BenchmarkData.SEED
                        + "); the feed is " + feed[0].body().length() / 1024 + " KiB, the month view " + items[0].size()
                        + " occurrences; " + version);
    }

    private void ensureData() {
        long partners = jdbc.queryForObject("select count(*) from partner", Long.class);
        if (partners == 0) {
            generator.generate(PARTNERS, BenchmarkData.SEED);
            generator.generateCheckIns(SERIES, BenchmarkData.SEED);
            return;
        }
        long found = jdbc.queryForObject("select count(*) from meeting_series", Long.class);
        if (partners != PARTNERS || found != SERIES) {
            throw new IllegalStateException("The reused benchmark database holds " + partners + " partners and "
                    + found + " meeting series, not " + PARTNERS + " and " + SERIES
                    + ". Run without -Dbenchmark.reuse=true to start afresh.");
        }
    }
}
