package org.commonground.interaction;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The service refuses by role, whatever the UI shows. */
@DataTest
class InteractionAccessDataTest {

    @Autowired
    InteractionService interactions;

    @Test
    @WithMockUser(username = "someone", roles = "PARTNER")
    void partner_users_cannot_reach_interactions_through_this_service() {
        assertThatThrownBy(() -> interactions.search(InteractionFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interactions.get(1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "staffer", roles = "STAFF")
    void only_directors_and_administrators_see_everyones_follow_ups() {
        assertThatThrownBy(() -> interactions.allOpenFollowUps()).isInstanceOf(AccessDeniedException.class);
    }
}
