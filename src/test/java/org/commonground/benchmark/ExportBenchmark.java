package org.commonground.benchmark;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.commonground.interaction.InteractionFilter;
import org.commonground.interaction.InteractionService;
import org.commonground.partner.PartnerKind;
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
 * Exporting the interactions list as CSV at 5,000 partners and 200,000 interactions: the whole list, and one
 * partner kind, written to a stream that only counts bytes (what the download handler does, minus the
 * network). Besides the time it reports the time to the first byte (the export streams: the download starts at
 * once) and the heap in use while it runs, sampled every 10 ms, above what was in use before — the figure that
 * shows the export holds one chunk, not 200,000 interactions. Not a test: see docs/benchmarks.md.
 */
@SpringBootTest(properties = "commonground.demo-data=false")
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
class ExportBenchmark {

    static final int PARTNERS = Integer.getInteger("benchmark.partners", 5000);
    static final int INTERACTIONS = Integer.getInteger("benchmark.interactions", 200_000);

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    InteractionService interactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void interactions_export() throws Exception {
        ScaleDataGenerator.Result data = BenchmarkData.ensure(generator, jdbc, PARTNERS, INTERACTIONS);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
        Measurements m = new Measurements();
        StringBuilder notes = new StringBuilder();
        run(m, notes, "export CSV, all interactions", InteractionFilter.all());
        run(
                m,
                notes,
                "export CSV, partner kind = DEI organization",
                new InteractionFilter(null, null, PartnerKind.DEI_ORGANIZATION, null, null, null, null, null));

        String version;
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            version = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
        String report = m.report(
                "Export",
                BenchmarkDatabase.kind(),
                data.partners() + " partners, "
                        + data.interactions() + " interactions (scale generator, seed 20261122); " + version
                        + "; max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        System.out.println(notes);
        Files.writeString(
                Path.of("target", "benchmarks", "export-" + BenchmarkDatabase.kind() + ".md"), report + "\n" + notes);
    }

    private void run(Measurements m, StringBuilder notes, String scenario, InteractionFilter filter) {
        long[] rows = new long[1];
        long[] bytes = new long[1];
        double[] firstByteMs = new double[1];
        long[] peakAbove = new long[1];
        m.measure(scenario, 1, 3, i -> {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long start = System.nanoTime();
            CountingStream out = new CountingStream(start);
            rows[0] = interactions.export(filter, out);
            sampler.interrupt();
            bytes[0] = out.count;
            firstByteMs[0] = (out.firstByteAt - start) / 1_000_000.0;
            peakAbove[0] = Math.max(peakAbove[0], peak.get() - before);
        });
        String line = String.format(
                "- %s: %,d rows, %.1f MiB of CSV, first byte after %.0f ms, heap in use at most "
                        + "%,d MiB above the start (all runs)%n",
                scenario, rows[0], bytes[0] / 1024.0 / 1024.0, firstByteMs[0], peakAbove[0] / (1024 * 1024));
        notes.append(line);
        System.out.print(line);
    }

    /** Counts what would go to the client, and notes when the first byte came. */
    static final class CountingStream extends OutputStream {

        long count;
        long firstByteAt;
        private final long start;

        CountingStream(long start) {
            this.start = start;
        }

        @Override
        public void write(int b) {
            mark(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            mark(len);
        }

        private void mark(int n) {
            if (count == 0 && n > 0) {
                firstByteAt = System.nanoTime();
            }
            count += n;
        }
    }
}
