package org.commonground.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Vetting as people meet it: the administrator's criteria page, and outreach staff vetting a partner
 * from its page (with its commitments, missions and timeline sections) — each page scanned by axe-core.
 */
class VetPartnerIT extends BrowserTest {

    @Test
    void the_administrator_keeps_the_vetting_criteria() {
        signIn("admin", "demo");
        waitForHeading("Welcome, Pat Lindgren");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vetting criteria"))
                .click();
        page.waitForURL("**/admin/vetting-criteria");
        assertThat(page.getByText("Mutually beneficial").first()).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New criterion"))
                .click();
        Locator name = page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true));
        name.waitFor();
        name.fill("mutually   BENEFICIAL");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save criterion"))
                .click();
        assertThat(page.getByText("There is already a criterion named").first()).isVisible();
        assertAccessible();
    }

    @Test
    void staff_vet_a_partner_and_a_criterion_not_met_needs_a_note() {
        signIn("staff", "demo");
        waitForHeading("Welcome, Sam Okoro");
        page.navigate(url("partners"));
        page.getByLabel("Search").fill("Public Schools");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maple Falls Public Schools"))
                .click();
        waitForHeading("Maple Falls Public Schools");
        Locator vetting = page.locator("#vetting");
        assertThat(vetting).containsText("Not vetted yet.");
        assertThat(page.locator("#partner-commitments")).isVisible();
        assertAccessible();

        vetting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vet this partner"))
                .click();
        answer("Reflects the communities we want to serve", "Met");
        answer("Mutually beneficial", "Met");
        answer("Shared values on racial equity", "Not met");
        assertAccessible();
        Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save vetting"));
        save.click();
        Locator note = page.getByLabel("Note on “Shared values on racial equity”");
        assertThat(note).hasAttribute("invalid", "");

        note.fill("No equity statement yet; their board discusses one in the spring.");
        save.click();
        assertThat(page.getByText("The vetting of Maple Falls Public Schools was saved."))
                .isVisible();
        assertThat(vetting).containsText("2 of 3 criteria met");
        assertAccessible();
    }

    private void answer(String criterion, String verdict) {
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(criterion))
                .getByText(verdict, new Locator.GetByTextOptions().setExact(true))
                .click();
    }
}
