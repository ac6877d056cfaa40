package org.commonground.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The director imports a partner spreadsheet with two bad rows, reads the report, imports the valid rows,
 * downloads the rejected ones, and finds an imported partner in the directory — axe-core on every page.
 */
class ImportPartnersIT extends BrowserTest {

    @Test
    void import_a_partner_spreadsheet_with_two_bad_rows_read_the_report_import_the_valid_rows_and_find_one()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Path csv = Files.createTempFile("partners-", ".csv");
        Files.writeString(csv, """
                Name;Kind;Government body;Website
                Riverbend Tool Library %1$s;DEI organization;;https://tools.example.org
                Office of Emergency Management %1$s;Local government;Agency;
                ;Science leader;;
                Prairie Science Center %1$s;Science leader;;
                Northside Garden Club %1$s;Club;;
                """.formatted(tag), StandardCharsets.UTF_8);

        signIn("director", "demo");
        waitForHeading("Welcome, Renee Alvarez");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        waitForHeading("Import from a spreadsheet");
        assertAccessible();

        page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName("Partners").setExact(true))
                .check();
        assertThat(page.locator("#import-expected")).containsText("Name (required), Kind (required)");
        FileChooser chooser = page.waitForFileChooser(
                () -> page.locator("vaadin-upload vaadin-button").first().click());
        chooser.setFiles(csv);
        assertThat(page.locator("#import-file-status"))
                .hasText(csv.getFileName() + ": 5 rows below a header of "
                        + "4 columns, semicolon separated, read as UTF-8.");
        waitForHeading("2. Match the columns");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        assertThat(page.locator("#import-summary"))
                .hasText("5 rows in the file: 3 new partners, 2 rows with problems.");
        Locator problems = page.locator("#import-problems");
        assertThat(problems).containsText("Enter the organization's name.");
        assertThat(problems).containsText("“Club” is not a partner kind.");
        assertThat(page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions()
                                .setName("Import the 3 valid rows and skip the 2 rows with problems")))
                .isChecked();
        assertAccessible();

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        assertThat(page.locator("#import-result"))
                .hasText("Imported 3 new partners; 2 rows with problems were not " + "imported.");
        assertAccessible();

        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the rejected rows (CSV)"))
                .click());
        String report = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(report).contains("4,Name,Enter the organization's name.");
        assertThat(report).contains("6,Kind,\"“Club” is not a partner kind.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the partner directory"))
                .click();
        page.waitForURL("**/partners");
        page.getByLabel("Search").fill("Prairie Science Center " + tag);
        Locator found =
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prairie Science Center " + tag));
        found.waitFor();
        assertThat(page.locator("#partner-count")).hasText("1 partner");
        assertAccessible();
        found.click();
        waitForHeading("Prairie Science Center " + tag);
        assertAccessible();
    }

    @Test
    void staff_import_a_large_interaction_log_and_watch_the_progress_bar_move() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder text = new StringBuilder("Date,Time,Kind,Partners,Notes\n");
        LocalDate day = LocalDate.now().minusYears(2);
        for (int i = 0; i < 12_000; i++) {
            text.append(day.plusDays(i % 700))
                    .append(",10:30,Meeting,Maple Falls Water Utility,\"Row ")
                    .append(i)
                    .append(' ')
                    .append(tag)
                    .append(": reviewed pipe replacement, flooding maps and the summer ")
                    .append("heat plan with the utility's outreach team; agreed next steps.\"\n");
        }
        Path csv = Files.createTempFile("meetings-", ".csv");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        assertThat(Files.size(csv)).isGreaterThan(1_500_000L);

        signIn("staff", "demo");
        waitForHeading("Welcome, Sam Okoro");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        waitForHeading("Import from a spreadsheet");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Interactions")))
                .isChecked();
        FileChooser chooser = page.waitForFileChooser(
                () -> page.locator("vaadin-upload vaadin-button").first().click());
        chooser.setFiles(csv);
        assertThat(page.locator("#import-file-status")).containsText("12,000 rows below a header of 5 columns");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        assertThat(page.locator("#import-summary"))
                .hasText("12,000 rows in the file: 12,000 new interactions, 0 rows "
                        + "with problems. The first 20 rows are shown.");
        assertAccessible();

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        // The bar fills while the rows are saved: the page shows counts on the way, then the outcome.
        assertThat(page.locator("#import-progress-text"))
                .containsText("Saved", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        String during = page.locator("#import-progress-text").textContent();
        assertThat(page.locator("#import-result"))
                .hasText(
                        "Imported 12,000 new interactions.",
                        new LocatorAssertions.HasTextOptions().setTimeout(180_000));
        assertThat(during).matches("Saved [0-9,]+ of 12,000 rows…");
        assertThat(during).isNotEqualTo("Saved 12,000 of 12,000 rows…");
        assertAccessible();
    }
}
