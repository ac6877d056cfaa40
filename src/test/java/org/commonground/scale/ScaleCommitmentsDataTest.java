package org.commonground.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.commonground.commitment.Balance;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentForm;
import org.commonground.commitment.CommitmentService;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.EmptyDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/** Generated commitments are ones the app would accept; the balance reads them and the app goes on. */
// The scale generator writes its own ids, so its tests share a context (and database) of their own that no
// other test writes to through Hibernate, and each empties it first.
@DataTest
@TestPropertySource(properties = "commonground.test.context=scale-data")
@WithMockUser(username = "sam", roles = "STAFF")
class ScaleCommitmentsDataTest {

    @Autowired
    JdbcTemplate wipeJdbc;

    @BeforeEach
    void emptyDatabase() {
        EmptyDatabase.wipe(wipeJdbc);
    }

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    CommitmentService commitments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generates_commitments_the_balance_reads_and_refuses_to_generate_twice() {
        generator.generate(30, 0, 10, 50, 7L);
        generator.generateCommitments(400, 7L);

        assertThat(commitments.count(CommitmentFilter.none())).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from commitment where mission_id is not null", Long.class))
                .isPositive();
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        Balance balance = commitments.balance(today.minusYears(3), today, null);
        assertThat(balance.byPartnerKind()).isNotEmpty();
        assertThat(balance.byPartner()).hasSizeLessThanOrEqualTo(30);
        assertThatThrownBy(() -> generator.generateCommitments(10, 7L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already holds 400 commitments");

        CommitmentForm form = commitments.newForm(1L);
        form.setDescription("Recorded after the scale data");
        form.setAmount(BigDecimal.TEN);
        assertThat(commitments.create(form)).isGreaterThan(400);
    }
}
