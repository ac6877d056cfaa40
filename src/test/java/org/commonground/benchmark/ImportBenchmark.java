package org.commonground.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.commonground.dataimport.ColumnMapping;
import org.commonground.dataimport.CsvFile;
import org.commonground.dataimport.ImportKind;
import org.commonground.dataimport.ImportOptions;
import org.commonground.dataimport.ImportPreview;
import org.commonground.dataimport.ImportResult;
import org.commonground.dataimport.ImportService;
import org.commonground.partner.PartnerKey;
import org.commonground.partner.PartnerService;
import org.commonground.scale.ScaleDataGenerator;
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
 * Importing a CSV of 50,000 interactions (issue 8: under 60 s on PostgreSQL): reading the file, the preview
 * (every row mapped and checked), and the import itself in one transaction — audited, with the notes' search
 * index, last contact and the rubric's tallies — over 2,000 generated partners. Also says how often and how
 * early the progress callback (the page's progress bar) was told. Not a test: see docs/benchmarks.md.
 */
@SpringBootTest(properties = "commonground.demo-data=false")
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class ImportBenchmark {

    static final int PARTNERS = Integer.getInteger("benchmark.partners", 2000);
    static final int ROWS = Integer.getInteger("benchmark.import.rows", 50_000);
    static final String[] WORDS = ("met with the team about flooding cooling center heat plan library staff shared "
                    + "data on air quality and the summer camps for families; agreed next steps, budget, volunteers, "
                    + "outreach at the river park and a review of the equity goals")
            .split(" ");
    static final String[] KINDS = {"Meeting", "Call", "Review", "Community dialogue", "Program session"};

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    ImportService imports;

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void import_of_50000_interactions() {
        ScaleDataGenerator.Result data = BenchmarkData.ensure(generator, jdbc, PARTNERS, 0);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_DIRECTOR"))));
        byte[] csv = file();
        Measurements m = new Measurements();
        CsvFile[] file = new CsvFile[1];
        m.measure(
                "read " + ROWS + " rows (" + CsvReadingSize.of(csv) + ", Commons CSV)",
                0,
                1,
                i -> file[0] = imports.read(ImportKind.INTERACTIONS, "log.csv", csv, null));
        ColumnMapping mapping = imports.suggestedMapping(ImportKind.INTERACTIONS, file[0].headers());
        ImportPreview[] preview = new ImportPreview[1];
        m.measure(
                "preview: map and check every row",
                0,
                1,
                i -> preview[0] = imports.preview(ImportKind.INTERACTIONS, file[0], mapping, ImportOptions.defaults()));
        if (preview[0].rejected() > 0) {
            throw new IllegalStateException(
                    "Rows rejected: " + preview[0].problems().subList(0, 3));
        }
        List<Long> ticks = new ArrayList<>();
        long[] start = new long[1];
        ImportResult[] result = new ImportResult[1];
        m.measure("import: check again, save, audit, index, tallies (one transaction)", 0, 1, i -> {
            start[0] = System.nanoTime();
            result[0] = imports.run(
                    ImportKind.INTERACTIONS,
                    file[0],
                    mapping,
                    ImportOptions.defaults(),
                    done -> ticks.add(System.nanoTime()));
        });
        long imported = jdbc.queryForObject("select count(*) from interaction", Long.class);
        String progress = ticks.size() + " progress updates, the first after "
                + String.format("%.1f s", (ticks.getFirst() - start[0]) / 1e9) + ", then every "
                + String.format("%.2f s", (ticks.getLast() - ticks.getFirst()) / 1e9 / Math.max(1, ticks.size() - 1));
        System.out.println(progress);
        m.report(
                "CSV import",
                BenchmarkDatabase.kind(),
                data.partners() + " partners (scale generator, seed "
                        + "20261122); a file of " + ROWS
                        + " interactions naming 1–2 partners each by name, notes of 12–30 words; "
                        + result[0].created() + " imported (" + imported + " in the table); " + progress);
    }

    private byte[] file() {
        Map<String, List<PartnerKey>> byName =
                partners.importKeys().stream().collect(Collectors.groupingBy(PartnerKey::nameKey));
        List<String> names = byName.values().stream()
                .filter(l -> l.size() == 1)
                .map(l -> l.getFirst().name())
                .sorted()
                .toList();
        Random random = new Random(BenchmarkData.SEED);
        LocalDate today = LocalDate.now();
        StringBuilder out = new StringBuilder("Date,Time,Kind,Partners,Notes\n");
        for (int i = 0; i < ROWS; i++) {
            LocalDate day = today.minusDays(1 + random.nextInt(730));
            String partner = names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                String second = names.get(random.nextInt(names.size()));
                if (!second.equals(partner)) {
                    partner = partner + "; " + second;
                }
            }
            StringBuilder notes = new StringBuilder();
            int words = 12 + random.nextInt(19);
            for (int w = 0; w < words; w++) {
                notes.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            out.append(day)
                    .append(',')
                    .append(String.format("%02d:%02d", 8 + random.nextInt(10), 15 * random.nextInt(4)))
                    .append(',')
                    .append(KINDS[random.nextInt(KINDS.length)])
                    .append(',')
                    .append(quote(partner))
                    .append(',')
                    .append(quote(notes.toString()))
                    .append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** "4.1 MB". */
    static final class CsvReadingSize {
        static String of(byte[] bytes) {
            return String.format("%.1f MB", bytes.length / 1024.0 / 1024.0);
        }
    }
}
