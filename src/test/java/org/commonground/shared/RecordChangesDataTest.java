package org.commonground.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A committed change moves its own feature's generation on, in the database, and no other feature's; a change
 * rolled back moves nothing.
 */
@DataTest
@WithMockUser(
        username = "generation.tester",
        roles = {"STAFF", "ADMIN"})
class RecordChangesDataTest {

    @Autowired
    RecordChanges changes;

    @Autowired
    PartnerService partners;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_record_belongs_to_the_feature_of_its_package() {
        assertThat(RecordChanges.featureOf("org.commonground.interaction.Interaction"))
                .isEqualTo("interaction");
        assertThat(RecordChanges.featureOf("org.commonground.interaction.Interaction$HibernateProxy$x"))
                .isEqualTo("interaction");
    }

    @Test
    void saving_a_partner_moves_the_partner_generation_on_and_leaves_interactions_alone() {
        Map<String, Long> before = changes.current();
        PartnerForm form = new PartnerForm();
        form.setName("Generation Test Library Friends " + System.nanoTime());
        form.setKind(PartnerKind.DEI_ORGANIZATION);
        partners.create(form, false);

        Map<String, Long> after = changes.current();
        assertThat(after.get("partner")).isGreaterThan(before.get("partner"));
        assertThat(after.get("interaction")).isEqualTo(before.get("interaction"));
    }

    @Test
    void a_change_counts_once_committed_and_not_at_all_when_rolled_back() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long start = changes.current().getOrDefault("shared", 0L);

        tx.executeWithoutResult(status -> {
            changes.touched(new Sample());
            changes.touched(new Sample());
            assertThat(changes.current().getOrDefault("shared", 0L)).isEqualTo(start);
        });
        assertThat(changes.current().get("shared")).isEqualTo(start + 1);

        tx.executeWithoutResult(status -> {
            changes.touched(new Sample());
            status.setRollbackOnly();
        });
        assertThat(changes.current().get("shared")).isEqualTo(start + 1);
    }

    static final class Sample {}
}
