package org.commonground.mission;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.commonground.testsupport.DataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The service refuses by role, whatever the UI shows. */
@DataTest
class MissionAccessDataTest {

    @Autowired
    MissionService missions;

    @Test
    @WithMockUser(username = "someone", roles = "PARTNER")
    void partner_users_cannot_reach_or_change_missions_through_this_service() {
        assertThatThrownBy(() -> missions.search(MissionFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> missions.get(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> missions.create(new MissionForm())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> missions.adopt(1L, LocalDate.now(), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> missions.addMeasurement(1L, new MeasurementForm()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> missions.adoptedMissions()).isInstanceOf(AccessDeniedException.class);
    }
}
