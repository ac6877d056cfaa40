package org.commonground;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.commonground.dataimport.ColumnMapping;
import org.commonground.dataimport.CsvFile;
import org.commonground.dataimport.ImportKind;
import org.commonground.dataimport.ImportOptions;
import org.commonground.dataimport.ImportResult;
import org.commonground.dataimport.ImportService;
import org.commonground.testsupport.DatabaseAvailability;
import org.commonground.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded default once died 30 minutes after its first start: H2 2.4.240 bound each {@code IN (...)}
 * check constraint to the session that created it, so when the pool retired the connection that ran the
 * migrations (Hikari's max lifetime) nobody could sign in and every checked write failed. Here the pool retires
 * every connection straight after start-up (what 30 minutes of running does), then a person signs in over HTTP
 * and every table with a check constraint takes a write. Runs on H2 and on PostgreSQL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"commonground.demo-data=true", "spring.datasource.hikari.max-lifetime=30000"})
@ActiveProfiles("test")
@Tag("data")
@ExtendWith(DatabaseAvailability.class)
class RetiredConnectionsDataTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportService imports;

    @Test
    @WithMockUser(username = "director", roles = "DIRECTOR")
    void after_every_pooled_connection_is_retired_people_sign_in_and_every_checked_table_takes_writes()
            throws Exception {
        retireEveryPooledConnection();

        assertThat(signIn("staff", "demo"))
                .as("the demo staff account signs in")
                .doesNotContain("/login");
        assertThat(signIn("director", "demo")).doesNotContain("/login");

        // A director imports a partner list: a new partner and the remembered column mapping are saved.
        CsvFile file = imports.read(
                ImportKind.PARTNERS,
                "partners.csv",
                "Name,Kind\nRiver Lab After Thirty Minutes,Science leader\n".getBytes(StandardCharsets.UTF_8),
                null);
        ColumnMapping mapping = imports.suggestedMapping(ImportKind.PARTNERS, file.headers());
        imports.preview(ImportKind.PARTNERS, file, mapping, ImportOptions.defaults());
        ImportResult result = imports.run(ImportKind.PARTNERS, file, mapping, ImportOptions.defaults(), done -> {});
        assertThat(result.created()).isOne();

        Map<String, String> checked = checkedColumnPerTable();
        assertThat(checked)
                .as("tables with an allowed-values check")
                .containsKeys(
                        "user_account",
                        "partner",
                        "interaction",
                        "commitment",
                        "shared_mission",
                        "meeting_series",
                        "occurrence",
                        "community_issue",
                        "vetting_answer");
        for (Map.Entry<String, String> table : checked.entrySet()) {
            String name = table.getKey();
            String column = table.getValue();
            Long id = jdbc.queryForObject("select min(id) from " + name, Long.class);
            assertThat(id).as("the demo library has a row in %s to write", name).isNotNull();
            // Writing a column back onto itself makes the database evaluate every check of that row.
            int updated = jdbc.update("update " + name + " set " + column + " = " + column + " where id = ?", id);
            assertThat(updated).as(name).isOne();
        }
    }

    private void retireEveryPooledConnection() throws Exception {
        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        pool.softEvictConnections();
        // Idle connections close at once; one in use closes when it is given back.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pool.getActiveConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        pool.softEvictConnections();
    }

    /** Each table of ours with a check constraint, and one column it names (read from the catalog). */
    private Map<String, String> checkedColumnPerTable() {
        String sql = TestDatabase.usesPostgres() ? """
                  select c.relname as table_name, min(a.attname) as column_name
                  from pg_constraint k
                  join pg_class c on c.oid = k.conrelid
                  join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                  join pg_attribute a on a.attrelid = c.oid and a.attnum = any(k.conkey)
                  where k.contype = 'c'
                  group by c.relname""" : """
                  select lower(u.table_name) as table_name, lower(min(u.column_name)) as column_name
                  from information_schema.table_constraints t
                  join information_schema.constraint_column_usage u
                    on u.constraint_name = t.constraint_name and u.constraint_schema = t.constraint_schema
                  where t.constraint_type = 'CHECK' and t.constraint_schema = 'PUBLIC'
                  group by u.table_name""";
        Map<String, String> result = new TreeMap<>();
        List<Map<String, Object>> rows = jdbc.queryForList(sql);
        for (Map<String, Object> row : rows) {
            result.put(String.valueOf(row.get("table_name")), String.valueOf(row.get("column_name")));
        }
        return result;
    }

    private String signIn(String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
