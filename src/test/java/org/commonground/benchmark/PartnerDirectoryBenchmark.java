package org.commonground.benchmark;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.scale.ScaleDataGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The partner directory at scale: what the grid asks the server for (a page of 50 and the count),
 * timed inside the server process. Not a test: run it with the command in docs/benchmarks.md.
 */
@SpringBootTest(properties = "commonground.demo-data=false")
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class PartnerDirectoryBenchmark {

    static final int PARTNERS = Integer.getInteger("benchmark.partners", 5000);
    static final int WARMUP = 50;
    static final int RUNS = 300;

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    PartnerService partners;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void partner_directory() throws Exception {
        ScaleDataGenerator.Result data = BenchmarkData.ensure(generator, jdbc, PARTNERS, 0);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));

        Measurements measurements = new Measurements();
        PageRequest firstPage = PageRequest.of(0, 50, Sort.by("name"));
        measurements.measure("directory first page (50 rows + count)", WARMUP, RUNS, i -> {
            partners.search(PartnerFilter.all(), firstPage);
            partners.count(PartnerFilter.all());
        });
        List<String> terms = List.of("water", "museum", "eastside", "council", "health", "riverton", "alliance");
        measurements.measure("name search, 7 terms in turn (page + count)", WARMUP, RUNS, i -> {
            PartnerFilter filter = PartnerFilter.byName(terms.get(i % terms.size()));
            partners.search(filter, firstPage);
            partners.count(filter);
        });
        PartnerFilter agencies = new PartnerFilter(null, PartnerKind.GOVERNMENT, GovernmentKind.AGENCY, null, null);
        measurements.measure("filter government agencies (page + count)", WARMUP, RUNS, i -> {
            partners.search(agencies, firstPage);
            partners.count(agencies);
        });
        measurements.measure("directory page 40 sorted by last change (page + count)", WARMUP, RUNS, i -> {
            partners.search(PartnerFilter.all(), PageRequest.of(40, 50, Sort.by(Sort.Direction.DESC, "updatedAt")));
            partners.count(PartnerFilter.all());
        });

        String version;
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            version = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
        measurements.report(
                "Partner directory",
                BenchmarkDatabase.kind(),
                data.partners() + " partners, " + data.contacts() + " contacts (scale generator, seed 20261122); "
                        + version);
    }
}
