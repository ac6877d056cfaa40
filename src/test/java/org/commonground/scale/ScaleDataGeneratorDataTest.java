package org.commonground.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validator;
import java.util.List;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.EmptyDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/** The benchmark data is data the app itself would accept, and the app goes on working after it. */
// The scale generator writes its own ids, so its tests share a context (and database) of their own that no
// other test writes to through Hibernate, and each empties it first.
@DataTest
@TestPropertySource(properties = "commonground.test.context=scale-data")
@WithMockUser(username = "sam", roles = "STAFF")
class ScaleDataGeneratorDataTest {

    @Autowired
    JdbcTemplate wipeJdbc;

    @BeforeEach
    void emptyDatabase() {
        EmptyDatabase.wipe(wipeJdbc);
    }

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Validator validator;

    @Test
    void generates_valid_partners_with_contacts_and_refuses_a_database_that_has_some() {
        ScaleDataGenerator.Result result = generator.generate(120, 7L);

        assertThat(result.partners()).isEqualTo(120);
        assertThat(partners.count(PartnerFilter.all())).isEqualTo(120);
        assertThat(result.contacts()).isBetween(120, 480);
        assertThat(jdbc.queryForObject("select count(distinct name_key) from partner", Long.class))
                .isEqualTo(120);
        assertThat(jdbc.queryForObject(
                        "select count(*) from partner where kind = 'GOVERNMENT' " + "and government_kind is null",
                        Long.class))
                .isZero();

        List<Long> ids = jdbc.queryForList("select id from partner order by id fetch first 20 rows only", Long.class);
        for (long id : ids) {
            assertThat(validator.validate(partners.formFor(id)))
                    .as("partner %d", id)
                    .isEmpty();
        }
        assertThat(partners.search(PartnerFilter.byName("a"), PageRequest.of(0, 10)))
                .isNotEmpty();

        assertThatThrownBy(() -> generator.generate(10, 7L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only fills an empty database");
        assertThat(partners.count(PartnerFilter.all())).isEqualTo(120);

        PartnerForm form = new PartnerForm();
        form.setName("Created after the scale data");
        form.setKind(PartnerKind.OTHER);
        long id = partners.create(form, false);
        assertThat(id).isGreaterThan(120);
    }
}
