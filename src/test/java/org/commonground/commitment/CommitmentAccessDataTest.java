package org.commonground.commitment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The service refuses partner users, whatever the UI shows (the portal will give them their own view). */
@DataTest
class CommitmentAccessDataTest {

    @Autowired
    CommitmentService commitments;

    @Test
    @WithMockUser(username = "someone", roles = "PARTNER")
    void partner_users_cannot_reach_commitments_through_this_service() {
        assertThatThrownBy(() -> commitments.search(CommitmentFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.get(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.balance(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
