package org.commonground;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations build the schema Hibernate validates, on whichever database this run targets. */
@DataTest
class SchemaDataTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_run_talks_to_the_database_it_claims_to_test() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestDatabase.usesPostgres() ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void flyway_applied_every_migration_successfully() {
        // Flyway creates its table with quoted lower-case names on both databases.
        Integer failed = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"success\" = false", Integer.class);
        Integer applied = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"version\" is not null", Integer.class);
        assertThat(failed).isZero();
        assertThat(applied).isPositive();
    }

    @Test
    void the_database_itself_refuses_a_partner_user_without_an_organization() {
        Assertions.assertThatThrownBy(() -> jdbc.update("""
                insert into user_account (id, version, username, display_name, password_hash, role, enabled,
                    must_change_password, created_at, updated_at)
                values (999999, 0, 'orphan', 'Orphan', 'x', 'PARTNER', true, false, current_timestamp,
                    current_timestamp)""")).isInstanceOf(DataIntegrityViolationException.class);
    }
}
