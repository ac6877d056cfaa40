package org.commonground.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.security.UserAccountService;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A partner user sees only their organization's check-ins; library methods refuse them. */
@DataTest
class ScheduleAccessDataTest {

    @Autowired
    MutableClock scheduleClock;

    @BeforeEach
    void stopTheClockAtScheduleNow() {
        scheduleClock.set(ScheduleClock.NOW);
    }

    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-12-31T00:00:00Z");

    @Autowired
    ScheduleService schedule;

    @Autowired
    PartnerService partners;

    @Autowired
    UserAccountService accounts;

    static void signInAs(String user, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    @Test
    void a_partner_user_sees_their_organizations_check_ins_and_another_organizations_series_is_not_found() {
        signInAs("access.setup", "ADMIN");
        ScheduleFixtures fx = new ScheduleFixtures(partners, accounts);
        long city = fx.partner("City of Accessville", PartnerKind.GOVERNMENT);
        long museum = fx.partner("Accessville Museum", PartnerKind.SCIENCE_LEADER);
        long director = fx.staff("Ada Access");
        long citySeries = schedule.create(ScheduleFixtures.secondTuesday("City check-in " + fx.tag, city, director));
        long museumSeries =
                schedule.create(ScheduleFixtures.secondTuesday("Museum check-in " + fx.tag, museum, director));
        long cityUser = fx.partnerUser(city);
        String username = "partner." + fx.tag + "." + city;
        try {
            signInAs(username, "PARTNER");
            List<PartnerCheckIn> mine = schedule.myCheckIns(FROM, TO);
            assertThat(mine).isNotEmpty().allMatch(c -> c.seriesId() == citySeries);
            assertThat(schedule.myCheckIns(citySeries, FROM, TO)).hasSize(12);
            assertThatThrownBy(() -> schedule.myCheckIns(museumSeries, FROM, TO))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> schedule.get(museumSeries)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schedule.calendar(FROM, TO, CalendarFilter.none()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schedule.attendance(FROM, TO)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schedule.ics(citySeries)).isInstanceOf(AccessDeniedException.class);
            assertThat(schedule.myFeedPath()).startsWith("/calendar/").endsWith(".ics");
            assertThat(cityUser).isPositive();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
