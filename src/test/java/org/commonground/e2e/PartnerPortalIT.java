package org.commonground.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The partner portal in a browser: the director invites a partner contact, the contact accepts the
 * invitation, signs in and acknowledges a commitment, and the director sees it on the home page; and a partner
 * typing another organization's commitment address sees "not found". axe-core scans every page.
 */
class PartnerPortalIT extends BrowserTest {

    private static final String PASSWORD = "herons wade at dawn";

    @Autowired
    CommitmentService commitments;

    @Test
    void invite_a_partner_contact_accept_the_invitation_sign_in_and_acknowledge_a_commitment() {
        signIn("director", "demo");
        waitForHeading("Welcome, Renee Alvarez");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Partners").setExact(true))
                .click();
        page.waitForURL("**/partners");
        page.getByLabel("Search").fill("Maple River");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maple River Watershed District"))
                .click();
        waitForHeading("Maple River Watershed District");
        assertThat(page.locator("#portal-access")).containsText("Tanya Brooks");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite a contact…"))
                .click();
        Locator contact = page.getByLabel("Contact", new Page.GetByLabelOptions().setExact(true));
        contact.fill("Owen");
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Owen Fraser (ofraser@mapleriverwd.example.org)"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invitation link"))
                .click();
        Locator link = page.locator("#invitation-link input");
        link.waitFor();
        String invitation = link.inputValue();
        Assertions.assertThat(invitation).contains("/invitation/");
        assertThat(page.getByText("It works once, until")).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done"))
                .click();
        assertThat(page.locator("#portal-access")).containsText("Waiting to be accepted");
        signOut();

        page.navigate(invitation);
        waitForHeading("Welcome, Owen Fraser");
        assertThat(page.getByLabel("User name", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("ofraser");
        assertAccessible();
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("Password again", new Page.GetByLabelOptions().setExact(true))
                .fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account"))
                .click();
        page.waitForURL("**/login?invited");
        assertThat(page.locator("#sign-in-notice")).containsText("Your account is ready");
        assertAccessible();

        signIn("ofraser", PASSWORD);
        waitForHeading("Maple River Watershed District");
        assertThat(page.locator("#portal-commitments")).containsText("Awaiting your acknowledgement");
        assertThat(page.locator("main")).not().containsText("Office of the Mayor");
        assertAccessible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Lowlands branch meeting room for volunteer stream-monitor trainings"))
                .click();
        waitForHeading("Space: Library → Maple River Watershed District");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge"))
                .click();
        assertThat(page.getByText("Acknowledged by Owen Fraser on")).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to our partnership"))
                .click();
        waitForHeading("Maple River Watershed District");
        page.locator("#portal-missions a")
                .filter(new Locator.FilterOptions().setHasText("River-safe summers"))
                .click();
        page.locator("#measures svg[role='img']").first().waitFor();
        assertThat(page.locator("#measures table").first()).containsText("branches");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to our partnership"))
                .click();
        page.locator("#portal-interactions a").first().click();
        waitForHeading("Notes");
        assertAccessible();
        signOut();

        signIn("director", "demo");
        waitForHeading("Welcome, Renee Alvarez");
        assertThat(page.locator("#partner-updates"))
                .containsText("Owen Fraser (Maple River Watershed District) acknowledged");
        assertAccessible();
    }

    @Test
    void a_partner_typing_another_organizations_commitment_address_sees_not_found() {
        CommitmentSummary theirs =
                asAdmin(() -> commitments.search(CommitmentFilter.none(), PageRequest.of(0, 50)).stream()
                        .filter(c -> !c.partnerName().equals("Maple River Watershed District"))
                        .findFirst()
                        .orElseThrow());

        signIn("partner", "demo");
        waitForHeading("Maple River Watershed District");
        assertAccessible();

        page.navigate(url("portal/commitments/" + theirs.id()));
        waitForHeading("Not found");
        assertThat(page.getByText(theirs.description())).hasCount(0);
        assertThat(page.getByText(theirs.partnerName())).hasCount(0);
        assertAccessible();

        page.navigate(url("commitments/" + theirs.id()));
        waitForHeading("Not found");
        assertThat(page.getByText(theirs.description())).hasCount(0);
        assertAccessible();
        signOut();

        signIn("admin", "demo");
        waitForHeading("Welcome, Pat Lindgren");
        page.navigate(url("admin/security-log"));
        waitForHeading("Security log");
        assertThat(page.locator("vaadin-grid")).containsText("commitment " + theirs.id());
        assertAccessible();
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL("**/login**");
    }

    private static <T> T asAdmin(Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
