package org.commonground.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rubric follows the work: the director logs a library-initiated meeting with the executive branch on air
 * quality and racial equity, and the local-government strand's indicator and score move, with the meeting
 * listed as its evidence. Every rubric page visited is scanned with axe-core.
 */
class RubricEvidenceIT extends BrowserTest {

    @Test
    void a_meeting_with_the_executive_branch_moves_the_local_government_strand_and_is_its_evidence() {
        signIn("director", "demo");
        waitForHeading("Welcome, Renee Alvarez");
        Locator card = page.locator("#strand-ce-gov");
        double before = Double.parseDouble(card.locator(".figure").textContent().strip());
        assertAccessible();

        card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Local government"))
                .click();
        waitForHeading("Local government");
        Locator communicate = page.locator("#indicator-ce-gov-intentional-communicate");
        assertThat(communicate.locator(".fraction")).hasText("0 %");
        assertAccessible();

        String notes = "Talked through the city's racial equity goals for the sensor program "
                + UUID.randomUUID().toString().substring(0, 6);
        page.keyboard().press("Alt+l");
        page.getByLabel("Notes", new Page.GetByLabelOptions().setExact(true)).waitFor();
        page.keyboard().type("Office of the Mayor");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Office of the Mayor of Maple Falls"))
                .click();
        page.keyboard().press("Escape");
        Locator topics = page.getByLabel("Topics", new Page.GetByLabelOptions().setExact(true));
        topics.click();
        topics.pressSequentially("Air quality");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Air quality"))
                .click();
        topics.fill("");
        topics.pressSequentially("Racial equity");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Racial equity"))
                .click();
        page.keyboard().press("Escape");
        page.getByLabel("Notes", new Page.GetByLabelOptions().setExact(true)).fill(notes);
        page.keyboard().press("Control+Enter");
        assertThat(page.getByText("Meeting with Office of the Mayor of Maple Falls logged."))
                .isVisible();

        page.reload();
        waitForHeading("Local government");
        communicate = page.locator("#indicator-ce-gov-intentional-communicate");
        assertThat(communicate.locator(".fraction")).hasText("33 %");
        assertThat(communicate
                        .getByRole(
                                AriaRole.LINK,
                                new Locator.GetByRoleOptions()
                                        .setName("Meeting with Office of the Mayor of Maple Falls"))
                        .first())
                .isVisible();
        assertAccessible();

        communicate
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Meeting with Office of the Mayor of Maple Falls"))
                .first()
                .click();
        assertThat(page.getByText(notes)).isVisible();

        page.navigate(url("rubric"));
        waitForHeading("STEM-equity rubric");
        double after = Double.parseDouble(
                page.locator("#strand-ce-gov .figure").textContent().strip());
        // One of three Intentional indicators a third further: 3 × (1/3)/3 = +0.33 on the strand.
        assertThat(after).isGreaterThan(before);
        assertThat(after - before).isBetween(0.25, 0.45);
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Progress report"))
                .click();
        waitForHeading("Progress report");
        assertThat(page.locator("#report-pdf")).isVisible();
        assertAccessible();
    }

    @Test
    void an_administrator_tunes_the_rubric_and_an_attestation_is_written_from_the_strand_page() {
        signIn("admin", "demo");
        waitForHeading("Welcome, Pat Lindgren");
        page.navigate(url("admin/rubric"));
        waitForHeading("Rubric settings");
        assertAccessible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Change the settings of The director has a seat at the table"))
                .click();
        page.getByLabel("Why (optional)").waitFor();
        assertAccessible();
        page.keyboard().press("Escape");

        page.navigate(url("rubric/cme-plans"));
        waitForHeading("Policies and plans");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Add attestation for An evaluation plan for the STEM Equity Operational Plan"))
                .click();
        page.getByLabel("Statement").waitFor();
        assertAccessible();
        page.getByLabel("Statement").fill("The evaluation plan was adopted by the STEM Equity leadership team.");
        page.getByLabel("Evidence", new Page.GetByLabelOptions().setExact(true))
                .fill("Minutes of the leadership team, item 4.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and save"))
                .click();
        assertThat(page.getByText("Attestation saved.")).isVisible();
        Locator plan = page.locator("#indicator-cme-plans-intentional-evaluationPlan");
        assertThat(plan.locator(".fraction")).hasText("100 %");
        assertAccessible();
    }
}
