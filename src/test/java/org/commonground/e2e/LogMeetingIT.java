package org.commonground.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Outreach staff log a meeting in under a minute: the keyboard alone, few keystrokes beyond the
 * notes, then find it in the partner's timeline and its follow-up among "My follow-ups".
 */
class LogMeetingIT extends BrowserTest {

    /** Keystrokes typed that are not the notes or the follow-up's own words. */
    private int keystrokes;

    @Test
    void a_meeting_logged_from_the_keyboard_takes_few_keystrokes_beyond_the_notes() {
        signIn("staff", "demo");
        waitForHeading("Welcome, Sam Okoro");
        String notes = "Agreed to co-host a heat safety fair "
                + UUID.randomUUID().toString().substring(0, 6);

        press("Alt+l");
        waitForLogDialog();
        assertAccessible();
        type("water u");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Maple Falls Water Utility"))
                .waitFor();
        press("ArrowDown");
        press("Enter");
        press("Escape"); // a multi-select list stays open for more choices
        page.getByLabel("Notes", new Page.GetByLabelOptions().setExact(true)).click();
        page.keyboard().type(notes);
        press("Control+Enter");

        assertThat(page.getByText("Meeting with Maple Falls Water Utility logged."))
                .isVisible();
        assertThat(keystrokes).as("keystrokes beyond the notes").isLessThan(15);

        page.navigate(url("interactions"));
        page.getByLabel("Search notes").fill(notes);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Count them"))
                .click();
        assertThat(page.locator("#interaction-count")).hasText("1 interaction, newest first");
        assertAccessible();
    }

    @Test
    void a_meeting_with_a_follow_up_shows_in_the_timeline_and_in_my_follow_ups() {
        signIn("staff", "demo");
        waitForHeading("Welcome, Sam Okoro");
        String task = "Send the heat map " + UUID.randomUUID().toString().substring(0, 6);

        page.navigate(url("partners"));
        page.getByLabel("Search").fill("Discovery Science");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Discovery Science Museum"))
                .click();
        waitForHeading("Discovery Science Museum");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log interaction with Discovery Science Museum"))
                .click();
        waitForLogDialog();
        page.getByLabel("Notes", new Page.GetByLabelOptions().setExact(true))
                .fill("Planned a family science night about extreme heat.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add follow-up"))
                .click();
        page.getByLabel("Follow-up", new Page.GetByLabelOptions().setExact(true))
                .fill(task);
        assertAccessible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log interaction").setExact(true))
                .last()
                .click();
        assertThat(page.getByText("Meeting with Discovery Science Museum logged."))
                .isVisible();

        Locator timeline = page.locator("#timeline");
        assertThat(timeline.getByText("Planned a family science night about extreme heat."))
                .isVisible();
        assertAccessible();

        timeline.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Meeting"))
                .first()
                .click();
        waitForHeading("Meeting with Discovery Science Museum");
        assertThat(page.getByText(task)).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home"))
                .click();
        waitForHeading("Welcome, Sam Okoro");
        Locator mine = page.locator("#my-follow-ups");
        assertThat(mine.getByText(task)).isVisible();
        assertAccessible();

        mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark done: " + task))
                .click();
        assertThat(page.getByText("Marked done: " + task)).isVisible();
        assertThat(mine.getByText(task)).hasCount(0);
    }

    /** Vaadin's dialog host has no box of its own; its fields do. */
    private void waitForLogDialog() {
        page.locator("vaadin-dialog[aria-label='Log interaction']")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.getByLabel("Notes", new Page.GetByLabelOptions().setExact(true)).waitFor();
    }

    private void press(String key) {
        page.keyboard().press(key);
        keystrokes++;
    }

    private void type(String text) {
        page.keyboard().type(text);
        keystrokes += text.length();
    }
}
