package org.commonground.vetting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Who may vet and who may define criteria, enforced by the service whatever the UI shows. */
@DataTest
class VettingAccessDataTest {

    @Autowired
    VettingService vettings;

    @Test
    @WithMockUser(username = "someone", roles = "PARTNER")
    void a_partner_user_can_neither_vet_nor_read_vettings() {
        VettingForm form = new VettingForm(1L, null, List.of());
        assertThatThrownBy(() -> vettings.record(form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vettings.recordEarlier(form, Instant.parse("2026-06-15T17:00:00Z"), 1L))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vettings.newForm(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vettings.vettingsOf(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vettings.activeCriteria()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vettings.vettedPartnerIds(Instant.parse("2026-06-15T17:00:00Z")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(
            username = "staffer",
            roles = {"STAFF", "DIRECTOR"})
    void only_administrators_maintain_criteria_or_record_earlier_vettings() {
        assertThatThrownBy(() -> vettings.createCriterion(CriterionForm.of("Anything", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vettings.allCriteria()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vettings.retireCriterion(1L, 0L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vettings.recordEarlier(
                        new VettingForm(1L, null, List.of()), Instant.parse("2026-06-15T17:00:00Z"), 1L))
                .isInstanceOf(AccessDeniedException.class);
    }
}
