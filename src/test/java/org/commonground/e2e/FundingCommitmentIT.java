package org.commonground.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The director records a funding commitment from the city and sees it in the balance of what the
 * library gives and receives, then adds a measurement to a shared mission and sees it against its target.
 */
class FundingCommitmentIT extends BrowserTest {

    @Test
    void a_city_funding_commitment_shows_in_the_balance_and_a_new_measurement_against_its_target() {
        signIn("director", "demo");
        waitForHeading("Welcome, Renee Alvarez");
        assertThat(page.locator("#due-commitments")).containsText("Branch community rooms as cooling centers");
        assertAccessible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Commitments").setExact(true))
                .click();
        waitForHeading("Commitments");
        page.locator("vaadin-grid").first().waitFor();
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record commitment"))
                .click();
        page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true))
                .waitFor();
        page.getByText("The partner gives to the library").click();
        Locator partner = page.getByLabel("Partner", new Page.GetByLabelOptions().setExact(true));
        partner.fill("Office of the Mayor");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Office of the Mayor of Maple Falls"))
                .click();
        Locator kind = page.getByLabel("What is given", new Page.GetByLabelOptions().setExact(true));
        kind.fill("Funding");
        kind.press("Enter");
        page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true))
                .fill("Heat-resilience grant for branch cooling centers");
        page.getByLabel("Amount", new Page.GetByLabelOptions().setExact(true)).fill("75000");
        page.getByText("Active (already agreed)").click();
        assertAccessible();
        page.keyboard().press("Control+Enter");

        waitForHeading("Funding: Office of the Mayor of Maple Falls → Library");
        assertThat(page.getByText("$75,000")).isVisible();
        assertAccessible();

        page.navigate(url("commitments/balance"));
        waitForHeading("Balance of commitments");
        // The demo city already funds $113,000 within the last 12 months; the new grant adds $75,000.
        Locator dollars = page.locator("svg[role='img'] desc", new Page.LocatorOptions().setHasText("$"));
        assertThat(dollars).containsText("Local government: library gives $0, receives $188,000");
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Given and received, in dollars")))
                .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .getByText("$188,000")
                        .first())
                .isVisible();
        assertAccessible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Shared missions").setExact(true))
                .click();
        page.waitForURL("**/missions");
        page.getByLabel("Search statements").fill("east-side families");
        page.locator("vaadin-grid a")
                .filter(new Locator.FilterOptions().setHasText("Cleaner air"))
                .first()
                .click();
        page.locator("#measures").waitFor();
        assertAccessible();

        String measure = "Air sensors reporting on east-side blocks";
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add measurement of " + measure))
                .click();
        Locator value = page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true));
        value.fill("38");
        assertAccessible();
        value.press("Enter");
        assertThat(page.getByText("Measurement saved.")).isVisible();

        Locator chart = page.locator("#measures svg[role='img'] desc").first();
        assertThat(chart).containsText("to 38 sensors on");
        assertThat(chart).containsText("Target 40 sensors by");
        assertThat(page.locator("#measures table").first().getByText("38 sensors"))
                .isVisible();
        assertAccessible();
    }
}
