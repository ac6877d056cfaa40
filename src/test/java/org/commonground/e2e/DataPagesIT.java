package org.commonground.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The data-out pages a person opens by hand: the administrator's backup page and anyone's API tokens. */
class DataPagesIT extends BrowserTest {

    @Test
    void an_administrator_opens_the_backup_page_and_creates_an_api_token_shown_once() {
        signIn("admin", "demo");
        waitForHeading("Welcome, Pat Lindgren");

        page.navigate(url("admin/backup"));
        waitForHeading("Backup");
        assertThat(page.locator("#download-backup")).containsText("Download full backup");
        assertAccessible();

        page.navigate(url("account/api-tokens"));
        waitForHeading("API tokens");
        assertAccessible();
        page.getByLabel("Name of the new token").fill("Board report spreadsheet");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();
        assertThat(page.locator("#new-token")).isVisible();
        assertThat(page.locator("vaadin-grid")).containsText("Board report spreadsheet");
        assertAccessible();

        // Shown once: opening the page again lists the token but no longer shows it.
        page.navigate(url("account/api-tokens"));
        waitForHeading("API tokens");
        assertThat(page.locator("vaadin-grid")).containsText("Board report spreadsheet");
        assertThat(page.locator("#new-token")).isEmpty();
    }
}
