package org.commonground.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Points every test context at a throwaway database of its own: a fresh in-memory H2, or (with
 * {@code -Dcg.test.database=postgres}) a new PostgreSQL database, dropped when the JVM ends. The PostgreSQL server outlives test runs, so nothing may depend on,
 * or break on, what an earlier run left behind.
 * Registered for all test contexts in {@code META-INF/spring.factories}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String DATABASE_PROPERTY = "cg.test.database";

    public static boolean usesPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty(DATABASE_PROPERTY, "h2"));
    }

    /** The server-level database the throwaway ones are created from. */
    static String adminUrl() {
        return setting("cg.test.postgres.url", "CG_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    static String user() {
        return setting("cg.test.postgres.user", "CG_TEST_POSTGRES_USER", "postgres");
    }

    static String password() {
        return setting("cg.test.postgres.password", "CG_TEST_POSTGRES_PASSWORD", "");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if ("none".equalsIgnoreCase(System.getProperty(DATABASE_PROPERTY))) {
            return; // the benchmarks bring their own database
        }
        Map<String, Object> properties = usesPostgres()
                ? Map.of(
                        "spring.datasource.url",
                        postgresDatabase(),
                        "spring.datasource.username",
                        user(),
                        "spring.datasource.password",
                        password(),
                        "spring.datasource.hikari.maximum-pool-size",
                        "4")
                : Map.of(
                        "spring.datasource.url",
                        "jdbc:h2:mem:cg-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "spring.datasource.username",
                        "sa",
                        "spring.datasource.password",
                        "");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("cg-test-database", properties));
    }

    /** Another empty throwaway database of the kind the tests use (no schema), for restore tests. */
    public static DataSource anotherEmptyDatabase() {
        if (usesPostgres()) {
            return new DriverManagerDataSource(postgresDatabase(), user(), password());
        }
        // One connection throughout: H2 evaluates a check constraint in the session that created it, and a
        // Flyway connection closed before the restore leaves every check "invalid" (the database closed).
        return new SingleConnectionDataSource(
                "jdbc:h2:mem:cg-other-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
    }

    private static String postgresDatabase() {
        String name = "cg_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        execute("create database " + name);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
        String base = adminUrl();
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl(), user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + adminUrl() + " refused \"" + sql + "\": " + e.getMessage(), e);
        }
    }

    /** Whether the PostgreSQL server answers at all. */
    static boolean postgresReachable() {
        try (Connection connection = DriverManager.getConnection(adminUrl(), user(), password())) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
