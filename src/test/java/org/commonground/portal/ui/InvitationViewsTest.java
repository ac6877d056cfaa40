package org.commonground.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerService;
import org.commonground.partner.ui.PartnerDetailView;
import org.commonground.portal.InvitationService;
import org.commonground.portal.IssuedInvitation;
import org.commonground.security.UserAccountService;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Inviting a partner contact from the partner page, and accepting the invitation, without a browser. */
@ViewTest
class InvitationViewsTest extends SpringBrowserlessTest {

    @Autowired
    PartnerService partners;

    @Autowired
    InvitationService invitations;

    @Autowired
    UserAccountService accounts;

    @Test
    @WithUserDetails("director")
    void the_director_invites_a_contact_and_gets_the_single_use_link_to_copy() {
        long watershed = watershed();
        navigate("partners/" + watershed, PartnerDetailView.class);
        assertThat($(H2.class).withText("Portal access").exists()).isTrue();

        test($(Button.class).withText("Invite a contact…").single()).click();
        InviteDialog dialog = $(InviteDialog.class).single();
        test(dialog.create).click();
        assertThat(dialog.contact.getErrorMessage()).isEqualTo("Choose the contact to invite.");

        ContactDetails owen = dialog.contact
                .getListDataView()
                .getItems()
                .filter(c -> c.fullName().equals("Owen Fraser"))
                .findFirst()
                .orElseThrow();
        dialog.contact.setValue(owen);
        test(dialog.create).click();

        String link = dialog.link.field().getValue();
        assertThat(link).contains("/invitation/");
        assertThat(dialog.link.copyButton().getText()).isEqualTo("Copy");
        assertThat($(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Send this link to Owen Fraser"));
        assertThat(invitations.ofPartner(watershed)).anySatisfy(i -> {
            assertThat(i.displayName()).isEqualTo("Owen Fraser");
            assertThat(i.createdBy()).isEqualTo("director");
        });
    }

    @Test
    @WithUserDetails("staff")
    void outreach_staff_see_who_has_portal_access_but_do_not_invite() {
        navigate("partners/" + watershed(), PartnerDetailView.class);
        assertThat($(H2.class).withText("Portal access").exists()).isTrue();
        assertThat($(Button.class).withText("Invite a contact…").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void the_invitation_page_creates_the_account_and_explains_a_link_that_cannot_be_used() {
        navigate("invitation/not-a-real-token", AcceptInvitationView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("This invitation cannot be used");

        String tag = UUID.randomUUID().toString().substring(0, 8);
        IssuedInvitation issued = asDirector(() -> {
            long watershed = watershed();
            ContactForm person = new ContactForm();
            person.setFullName("Rosa Vance " + tag);
            long contact = partners.addContact(watershed, person);
            return invitations.invite(watershed, contact);
        });
        AcceptInvitationView page = navigate(issued.path(), AcceptInvitationView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Welcome, Rosa Vance " + tag);
        assertThat(page.username.getValue()).isEqualTo("rosa.vance." + tag);

        test(page.password).setValue("password1234");
        test(page.repeated).setValue("password1234");
        test(page.create).click();
        assertThat(page.password.isInvalid()).isTrue();
        assertThat(page.password.getErrorMessage()).contains("most common passwords");

        test(page.password).setValue("herons wade at dawn");
        test(page.repeated).setValue("herons wade at dawn");
        test(page.create).click();
        assertThat(accounts.loadUserByUsername("rosa.vance." + tag).getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_PARTNER");

        navigate(issued.path(), AcceptInvitationView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("This invitation cannot be used");
    }

    private long watershed() {
        return asDirector(() -> partners.search(PartnerFilter.byName("Maple River Watershed"), PageRequest.of(0, 1))
                .getFirst()
                .id());
    }

    private static <T> T asDirector(Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "director", null, List.of(new SimpleGrantedAuthority("ROLE_DIRECTOR"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
