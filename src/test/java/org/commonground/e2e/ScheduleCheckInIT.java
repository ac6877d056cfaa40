package org.commonground.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The director schedules a monthly second-Tuesday check-in with the city (starting two months back, so
 * meetings have passed), marks one held, and downloads the .ics — axe-core on every page on the way.
 */
class ScheduleCheckInIT extends BrowserTest {

    static final ZoneId LIBRARY = ZoneId.of("America/Chicago");
    static final DateTimeFormatter OCCURRENCE = DateTimeFormatter.ofPattern("EEE, MMM d, uuuu, HH:mm", Locale.US);

    @Test
    void schedule_a_monthly_second_tuesday_check_in_with_the_city_mark_one_held_and_download_the_ics()
            throws Exception {
        LocalDate first = LocalDate.now(LIBRARY)
                .minusMonths(2)
                .withDayOfMonth(1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        String title = "City Manager check-in (browser test)";

        signIn("director", "demo");
        waitForHeading("Welcome, Renee Alvarez");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Calendar").setExact(true))
                .click();
        waitForHeading("Calendar");
        assertThat(page.locator("#month-grid")).isVisible();
        assertThat(page.locator("#month-grid")).containsText("Monthly check-in with the Mayor's office");
        assertAccessible();
        page.getByText("Agenda", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#agenda")).containsText("Monthly check-in with the Mayor's office");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import invitation"))
                .click();
        assertThat(page.getByText("save the meeting invitation as an .ics file"))
                .isVisible();
        assertAccessible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Close").setExact(true))
                .click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New meeting series"))
                .click();
        waitForHeading("New meeting series");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        Locator partnersField = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Partners"));
        partnersField.fill("City Manager");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("City Manager's Office"))
                .click();
        partnersField.press("Escape");
        Locator date = page.getByLabel("First meeting", new Page.GetByLabelOptions().setExact(true));
        date.fill(first.format(DateTimeFormatter.ofPattern("M/d/uuuu")));
        date.press("Enter");
        date.press("Tab");
        // The repeat follows the first date: its second Tuesday.
        assertThat(page.locator("#series-sentence"))
                .hasText("Every month on the second Tuesday at 10:00, Central Time");
        assertThat(page.locator("#series-preview li")).hasCount(6);
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule series"))
                .click();

        waitForHeading(title);
        assertThat(page.locator("#series-rule")).hasText("Every month on the second Tuesday at 10:00, Central Time");
        assertThat(page.locator("#past-occurrences")).containsText(OCCURRENCE.format(first.atTime(10, 0)));
        assertAccessible();

        String when = OCCURRENCE.format(first.atTime(10, 0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark the meeting of " + when))
                .click();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Held")))
                .isChecked();
        assertAccessible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();
        assertThat(page.getByText("Marked held: " + when + ".")).isVisible();
        Locator marked = page.locator("#past-occurrences li").filter(new Locator.FilterOptions().setHasText(when));
        assertThat(marked.locator(".status-badge")).hasText("Held");
        assertThat(marked).containsText("Present: Renee Alvarez");
        assertThat(page.locator("#adherence")).containsText("Last 6 months: held 1 of");
        assertAccessible();

        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download .ics"))
                        .click());
        String ics = Files.readString(download.path());
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).isFalse();
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(title);
        assertThat(event.getProperty(Property.RRULE).orElseThrow().getValue()).isEqualTo("FREQ=MONTHLY;BYDAY=2TU");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(first.format(DateTimeFormatter.BASIC_ISO_DATE) + "T100000");
        assertThat(download.suggestedFilename()).endsWith(".ics");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("City Manager's Office"))
                .click();
        waitForHeading("City Manager's Office");
        assertThat(page.locator("#partner-check-ins")).containsText(title);
        assertAccessible();
    }
}
