package org.commonground.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Outreach staff sign in, add a partner, find it by search and open it. */
class StaffCreatesPartnerIT extends BrowserTest {

    @Test
    void staff_create_a_partner_then_find_it_by_search_and_open_it() {
        String name = "Maple Falls Tool Library " + UUID.randomUUID().toString().substring(0, 6);

        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        assertAccessible();

        signIn("staff", "demo");
        waitForHeading("Welcome, Sam Okoro");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partners"))
                .click();
        page.waitForURL("**/partners");
        page.locator("vaadin-grid").waitFor();
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New partner"))
                .click();
        waitForHeading("New partner");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        Locator kind = page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true));
        kind.fill("DEI organization");
        kind.press("Enter");
        page.getByLabel("Mission and goals").fill("Lends tools and teaches repair to renters.");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save partner"))
                .click();

        waitForHeading(name);
        assertThat(page).hasURL(Pattern.compile(".*/partners/\\d+$"));
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All partners"))
                .click();
        page.waitForURL("**/partners");
        // Other flows share this database (an import adds another tool library): search for this one's own name.
        page.getByLabel("Search").fill(name.substring("Maple Falls ".length()).toLowerCase());
        Locator result = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
        result.waitFor();
        assertThat(page.locator("#partner-count")).hasText("1 partner");
        assertAccessible();

        result.click();
        waitForHeading(name);
        assertThat(page.getByText("Lends tools and teaches repair to renters.")).isVisible();
        assertAccessible();
    }

    @Test
    void a_wrong_password_keeps_you_on_the_sign_in_page_with_a_message() {
        signIn("staff", "not the password");
        page.waitForURL("**/login?error");
        assertThat(page.getByText("Check your user name and password and try again."))
                .isVisible();
        assertAccessible();
    }

    @Test
    void a_partner_typing_the_directory_address_gets_not_found() {
        signIn("partner", "demo");
        waitForHeading("Maple River Watershed District");
        assertAccessible();

        page.navigate(url("partners"));
        waitForHeading("Not found");
        assertThat(page.getByText("Discovery Science Museum")).hasCount(0);
        assertAccessible();
    }
}
