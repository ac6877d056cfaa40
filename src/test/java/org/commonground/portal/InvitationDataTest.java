package org.commonground.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.commonground.commitment.PortalCommitmentService;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerStatus;
import org.commonground.security.CurrentUser;
import org.commonground.security.PortalUser;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.security.UserAdministrationService;
import org.commonground.security.UserSummary;
import org.commonground.shared.InvalidInputException;
import org.commonground.testsupport.DataTest;
import org.commonground.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Invitations: a director invites a partner contact; the link works once, for seven days; the account it
 * creates is a PARTNER user bound to the inviting organization. Deactivating the user or the partner ends
 * access at once: open sessions are expired in Spring Security's session registry, and partner-scoped calls
 * are refused even before the browser's next request.
 */
@DataTest
class InvitationDataTest {

    private static final String PASSWORD = "river gauges flood early";

    @Autowired
    InvitationService invitations;

    @Autowired
    PartnerService partners;

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAdministrationService administration;

    @Autowired
    PortalCommitmentService portalCommitments;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    MutableClock clock;

    String tag;
    long partner;
    long contact;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now()); // stopped, so an expiry compares exactly with "now + 7 days"
        tag = UUID.randomUUID().toString().substring(0, 8);
        runAs("invite.director", Role.DIRECTOR, () -> {
            PartnerForm form = new PartnerForm();
            form.setName("Watershed " + tag);
            form.setKind(PartnerKind.SCIENCE_LEADER);
            form.setStatus(PartnerStatus.ACTIVE);
            partner = partners.create(form, false);
            ContactForm person = new ContactForm();
            person.setFullName("Owen Fraser " + tag);
            person.setEmail("owen." + tag + "@watershed.example.org");
            contact = partners.addContact(partner, person);
            return null;
        });
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_invitation_creates_a_partner_user_bound_to_the_organization_and_works_only_once() {
        IssuedInvitation issued = invite();
        assertThat(issued.path()).startsWith("invitation/").hasSizeGreaterThan("invitation/".length() + 40);
        assertThat(issued.expiresAt())
                .isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS).plus(Duration.ofDays(7)));

        InvitationPreview preview = invitations.preview(token(issued));
        assertThat(preview.partnerName()).isEqualTo("Watershed " + tag);
        assertThat(preview.displayName()).isEqualTo("Owen Fraser " + tag);
        assertThat(preview.suggestedUsername()).isEqualTo("owen." + tag);

        String username = invitations.accept(token(issued), "owen." + tag, PASSWORD, PASSWORD);

        UserDetails user = accounts.loadUserByUsername(username);
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PARTNER");
        List<PortalUser> portalUsers = runAs("invite.director", Role.DIRECTOR, () -> accounts.portalUsersOf(partner));
        assertThat(portalUsers).singleElement().satisfies(u -> {
            assertThat(u.username()).isEqualTo(username);
            assertThat(u.active()).isTrue();
        });
        assertThat(runAs(username, Role.PARTNER, () -> currentUser.partnerId())).hasValue(partner);

        assertThatThrownBy(() -> invitations.accept(token(issued), "someone.else." + tag, PASSWORD, PASSWORD))
                .isInstanceOf(InvitationUnusableException.class)
                .hasMessageContaining("already used");
        assertThatThrownBy(() -> invitations.preview(token(issued))).isInstanceOf(InvitationUnusableException.class);
        assertThat(runAs("invite.director", Role.DIRECTOR, () -> invitations.ofPartner(partner)))
                .extracting(InvitationSummary::state)
                .containsExactly(InvitationState.ACCEPTED);
        assertThatThrownBy(this::invite)
                .as("the contact has access now")
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already has portal access");
    }

    @Test
    void a_link_expires_after_seven_days() {
        IssuedInvitation issued = invite();
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(invitations.preview(token(issued)).displayName()).isEqualTo("Owen Fraser " + tag);
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> invitations.preview(token(issued)))
                .isInstanceOf(InvitationUnusableException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> invitations.accept(token(issued), "owen." + tag, PASSWORD, PASSWORD))
                .isInstanceOf(InvitationUnusableException.class)
                .hasMessageContaining("expired");
        assertThat(runAs("invite.director", Role.DIRECTOR, () -> invitations.ofPartner(partner)))
                .extracting(InvitationSummary::state)
                .containsExactly(InvitationState.EXPIRED);
    }

    @Test
    void a_new_invitation_or_a_withdrawal_stops_the_old_link_and_a_made_up_token_leads_nowhere() {
        IssuedInvitation first = invite();
        IssuedInvitation second = invite();
        assertThatThrownBy(() -> invitations.preview(token(first)))
                .isInstanceOf(InvitationUnusableException.class)
                .hasMessageContaining("not valid");
        assertThat(invitations.preview(token(second))).isNotNull();

        runAs("invite.director", Role.DIRECTOR, () -> {
            InvitationSummary pending = invitations.ofPartner(partner).getFirst();
            invitations.revoke(pending.id(), pending.version());
            return null;
        });
        assertThatThrownBy(() -> invitations.preview(token(second))).isInstanceOf(InvitationUnusableException.class);
        assertThatThrownBy(() -> invitations.preview(token(second).substring(1) + "x"))
                .isInstanceOf(InvitationUnusableException.class);
        assertThatThrownBy(() -> invitations.preview("")).isInstanceOf(InvitationUnusableException.class);
    }

    @Test
    void the_password_rules_and_a_taken_user_name_are_named_by_field_and_leave_the_link_usable() {
        IssuedInvitation issued = invite();
        assertThatThrownBy(() -> invitations.accept(token(issued), "owen." + tag, "Password12345!", "Password12345!"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("password"));
        assertThatThrownBy(() -> invitations.accept(
                        token(issued), "owen." + tag, "owen." + tag + " is me", "owen." + tag + " is me"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("password")).contains("user name"));
        assertThatThrownBy(() -> invitations.accept(token(issued), "owen." + tag, PASSWORD, "something else"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("repeatedPassword"));
        assertThatThrownBy(() -> invitations.accept(token(issued), "ADMIN", PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("username"));
        assertThatThrownBy(() -> invitations.accept(token(issued), "has space", PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("username"));
        assertThat(invitations.accept(token(issued), "owen." + tag, PASSWORD, PASSWORD))
                .isEqualTo("owen." + tag);
    }

    @Test
    void only_directors_and_administrators_invite() {
        assertThatThrownBy(() -> runAs("invite.staff", Role.STAFF, () -> invitations.invite(partner, contact)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs("invite.partner", Role.PARTNER, () -> invitations.invite(partner, contact)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs("invite.admin", Role.ADMIN, () -> invitations.invite(partner, contact)))
                .isNotNull();
    }

    @Test
    void deactivating_the_user_ends_their_open_sessions_and_their_access_at_once() {
        String username = acceptedUser();
        Object principal = accounts.loadUserByUsername(username);
        sessions.registerNewSession("session-a-" + tag, principal);
        sessions.registerNewSession("session-b-" + tag, principal);
        assertThat(runAs(username, Role.PARTNER, () -> portalCommitments.ofMyOrganization(null)))
                .isEmpty();

        runAs("invite.admin", Role.ADMIN, () -> {
            UserSummary user = administration.list().stream()
                    .filter(u -> u.username().equals(username))
                    .findFirst()
                    .orElseThrow();
            administration.deactivate(user.id(), user.version());
            return null;
        });

        assertThat(sessions.getSessionInformation("session-a-" + tag).isExpired())
                .isTrue();
        assertThat(sessions.getSessionInformation("session-b-" + tag).isExpired())
                .isTrue();
        assertThatThrownBy(() -> runAs(username, Role.PARTNER, () -> portalCommitments.ofMyOrganization(null)))
                .as("a request still carrying the old session's authentication")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.loadUserByUsername(username).isEnabled()).isFalse();
    }

    @Test
    void marking_the_partner_former_ends_its_users_access_and_withdraws_its_open_invitations() {
        String username = acceptedUser();
        sessions.registerNewSession("session-c-" + tag, accounts.loadUserByUsername(username));
        runAs("invite.director", Role.DIRECTOR, () -> {
            long other = partners.addContact(partner, contact("Tanya Brooks " + tag));
            invitations.invite(partner, other);
            return null;
        });

        runAs("invite.director", Role.DIRECTOR, () -> {
            PartnerForm form = partners.formFor(partner);
            form.setStatus(PartnerStatus.FORMER);
            partners.update(partner, form, false);
            return null;
        });

        assertThat(sessions.getSessionInformation("session-c-" + tag).isExpired())
                .isTrue();
        assertThat(accounts.loadUserByUsername(username).isEnabled()).isFalse();
        assertThatThrownBy(() -> runAs(username, Role.PARTNER, () -> portalCommitments.ofMyOrganization(null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs("invite.director", Role.DIRECTOR, () -> invitations.ofPartner(partner)))
                .extracting(InvitationSummary::state)
                .contains(InvitationState.REVOKED)
                .doesNotContain(InvitationState.PENDING);
        assertThatThrownBy(() -> runAs("invite.director", Role.DIRECTOR, this::invite))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("former partner");
    }

    // ---- helpers

    private IssuedInvitation invite() {
        return runAs("invite.director", Role.DIRECTOR, () -> invitations.invite(partner, contact));
    }

    private String acceptedUser() {
        return invitations.accept(token(invite()), "owen." + tag, PASSWORD, PASSWORD);
    }

    private static String token(IssuedInvitation issued) {
        return issued.path().substring("invitation/".length());
    }

    private static ContactForm contact(String name) {
        ContactForm form = new ContactForm();
        form.setFullName(name);
        return form;
    }

    private static <T> T runAs(String username, Role role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
