package org.commonground.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A fresh database for each benchmark run, like a real deployment's: an H2 file under
 * target/benchmark (the embedded default is a file database too), or a PostgreSQL database
 * {@code cg_bench} that is dropped and created at start and kept afterwards for inspection.
 * Choose with {@code -Dbenchmark.database=h2|postgres}; {@code -Dbenchmark.reuse=true} keeps the
 * database of the previous run (generating 200,000 interactions takes minutes).
 */
public class BenchmarkDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static String kind() {
        return System.getProperty("benchmark.database", "h2");
    }

    static boolean reuse() {
        return Boolean.getBoolean("benchmark.reuse");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = "postgres".equals(kind()) ? postgres() : h2();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("benchmark-database", properties));
    }

    private static Map<String, Object> h2() {
        Path folder = Path.of("target", "benchmark", "h2");
        if (!reuse()) {
            deleteRecursively(folder);
        }
        // H2 hands back the previous result of an identical query when no table changed; a benchmark
        // repeating one query would time that shortcut, not the query.
        return Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:./" + folder + "/commonground;OPTIMIZE_REUSE_RESULTS=FALSE",
                "spring.datasource.username",
                "sa",
                "spring.datasource.password",
                "");
    }

    private static Map<String, Object> postgres() {
        String admin = System.getProperty("benchmark.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("benchmark.postgres.user", "postgres");
        // Its own name lets two people benchmark on one server without dropping each other's database.
        String name = System.getProperty("benchmark.postgres.database", "cg_bench");
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("benchmark.postgres.database: lower-case letters, digits and _ only");
        }
        try (Connection connection = DriverManager.getConnection(admin, user, "");
                Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                exists = rows.next();
            }
            if (exists && !reuse()) {
                statement.execute("drop database " + name + " with (force)");
            }
            if (!exists || !reuse()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot create the benchmark database at " + admin + ": " + e.getMessage(), e);
        }
        // As the postgres profile of application.yml: batched inserts rewritten as multi-row inserts.
        return Map.of(
                "spring.datasource.url",
                admin.substring(0, admin.lastIndexOf('/') + 1) + name,
                "spring.datasource.username",
                user,
                "spring.datasource.password",
                "",
                "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts",
                "true");
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
