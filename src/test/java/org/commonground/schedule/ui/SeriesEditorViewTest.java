package org.commonground.schedule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerService;
import org.commonground.schedule.Ending;
import org.commonground.schedule.Repeat;
import org.commonground.schedule.ScheduleService;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The series form as the director meets it: defaults, the live sentence, the next six dates, messages on fields. */
@ViewTest
@WithUserDetails("director")
class SeriesEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    ScheduleService schedule;

    @Autowired
    PartnerService partners;

    private SeriesEditorView open() {
        return navigate(SeriesEditorView.class);
    }

    private SeriesEditorView view;

    private List<String> previewDates() {
        return $(ListItem.class).from(view.preview).all().stream()
                .map(ListItem::getText)
                .toList();
    }

    @Test
    void a_new_series_starts_next_week_at_ten_in_the_librarys_zone_organized_by_me() {
        view = open();
        assertThat(view.timeZone.getValue()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(view.startTime.getValue()).isEqualTo(LocalTime.of(10, 0));
        assertThat(view.startDate.getValue())
                .isEqualTo(LocalDate.now(ZoneId.of("America/Chicago")).plusWeeks(1));
        assertThat(view.organizer.getValue().displayName()).isEqualTo("Renee Alvarez");
        assertThat(view.recurrence.repeat.getValue()).isEqualTo(Repeat.MONTHLY_ON_WEEKDAY);
        assertThat(view.reminder.getValue()).isEqualTo(24);
        assertThat(view.sentence.getText()).startsWith("Every month on the ").endsWith(" at 10:00, Central Time");
        assertThat(previewDates()).hasSize(6);
    }

    @Test
    void the_sentence_and_the_next_six_dates_follow_the_controls() {
        view = open();
        test(view.startDate).setValue(LocalDate.of(2030, 1, 8));
        test(view.recurrence.repeat).selectItem(Repeat.MONTHLY_ON_WEEKDAY.label());
        test(view.recurrence.weekOrdinal).selectItem("Second");
        test(view.recurrence.weekday).selectItem("Tuesday");
        assertThat(view.sentence.getText()).isEqualTo("Every month on the second Tuesday at 10:00, Central Time");
        // Second Tuesdays of 2030, from a calendar: Jan 8, Feb 12, Mar 12, Apr 9, May 14, Jun 11.
        assertThat(previewDates())
                .containsExactly(
                        "Tue, Jan 8, 2030 at 10:00",
                        "Tue, Feb 12, 2030 at 10:00",
                        "Tue, Mar 12, 2030 at 10:00",
                        "Tue, Apr 9, 2030 at 10:00",
                        "Tue, May 14, 2030 at 10:00",
                        "Tue, Jun 11, 2030 at 10:00");

        test(view.recurrence.weekOrdinal).selectItem("Last");
        test(view.recurrence.weekday).selectItem("Friday");
        test(view.recurrence.ending).selectItem(Ending.AFTER_COUNT.label());
        test(view.recurrence.count).setValue(3);
        assertThat(view.sentence.getText()).isEqualTo("Every month on the last Friday at 10:00, Central Time, 3 times");
        // Last Fridays: Jan 25, Feb 22, Mar 29, 2030 — and then none.
        assertThat(previewDates())
                .containsExactly(
                        "Fri, Jan 25, 2030 at 10:00", "Fri, Feb 22, 2030 at 10:00", "Fri, Mar 29, 2030 at 10:00");

        test(view.recurrence.repeat).selectItem(Repeat.WEEKLY.label());
        assertThat(view.recurrence.weekdays.isVisible()).isTrue();
        assertThat(view.recurrence.weekOrdinal.isVisible()).isFalse();
        test(view.recurrence.weekdays).deselectAll();
        assertThat(view.sentence.getText()).isEqualTo("To see the dates: Choose at least one weekday.");
        assertThat(previewDates()).isEmpty();
        test(view.recurrence.weekdays).selectItem("Mon");
        test(view.recurrence.weekdays).selectItem("Thu");
        assertThat(view.sentence.getText())
                .isEqualTo("Every week on Monday and Thursday at 10:00, Central Time, " + "3 times");
    }

    @Test
    void a_rule_too_frequent_is_explained_live_and_refused_on_its_field() {
        view = open();
        test(view.title).setValue("Too often");
        test(view.recurrence.advancedRule).setValue("FREQ=SECONDLY;COUNT=1000000000");
        assertThat(view.sentence.getText())
                .contains("A meeting series repeats at most daily; FREQ=SECONDLY is not " + "supported.");
        assertThat(view.recurrence.repeat.isEnabled())
                .as("the pasted rule replaces the controls")
                .isFalse();
        test(view.save).click();
        assertThat(view.recurrence.advancedRule.isInvalid()).isTrue();
        assertThat(view.recurrence.advancedRule.getErrorMessage()).contains("at most daily");
    }

    @Test
    void saving_without_title_or_partner_says_so_on_those_fields_and_saves_nothing() {
        view = open();
        test(view.startDate).setValue(LocalDate.of(2030, 1, 8));
        test(view.save).click();
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).startsWith("Give the series a title");
        assertThat(view.partnerPicker.isInvalid()).isTrue();
        assertThat(view.partnerPicker.getErrorMessage()).isEqualTo("Choose at least one partner.");
        assertThat(getCurrentView()).isInstanceOf(SeriesEditorView.class);
    }

    @Test
    void a_saved_series_opens_on_its_page_with_its_sentence() {
        view = open();
        long city = partners.search(PartnerFilter.byName("City Manager"), PageRequest.of(0, 1))
                .getFirst()
                .id();
        test(view.title).setValue("View test check-in");
        test(view.partnerPicker)
                .selectItem(partners.search(PartnerFilter.byName("City Manager"), PageRequest.of(0, 1))
                        .getFirst()
                        .name());
        test(view.startDate).setValue(LocalDate.of(2030, 1, 8));
        test(view.recurrence.weekOrdinal).selectItem("Second");
        test(view.recurrence.weekday).selectItem("Tuesday");
        test(view.save).click();
        SeriesView page = (SeriesView) getCurrentView();
        assertThat($(Paragraph.class).from(page).withId("series-rule").single().getText())
                .isEqualTo("Every month on the second Tuesday at 10:00, Central Time");
        assertThat(schedule.ofPartner(city)).anyMatch(s -> s.title().equals("View test check-in"));
    }
}
