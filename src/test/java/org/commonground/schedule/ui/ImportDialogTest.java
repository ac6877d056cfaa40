package org.commonground.schedule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.commonground.schedule.Repeat;
import org.commonground.schedule.ScheduleService;
import org.commonground.testsupport.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Importing an invitation from the calendar page: a bad file says why; a good one opens the filled-in form. */
@ViewTest
@WithUserDetails("director")
class ImportDialogTest extends SpringBrowserlessTest {

    @Autowired
    ScheduleService schedule;

    private ImportDialog open() {
        navigate(CalendarView.class);
        test($(Button.class).withText("Import invitation").single()).click();
        return $(ImportDialog.class).single();
    }

    @Test
    void a_file_that_is_not_a_calendar_is_explained_and_nothing_opens() {
        ImportDialog dialog = open();
        dialog.show(
                ImportDialog.read("notes.ics", "Dear all, see you Tuesday".getBytes(StandardCharsets.UTF_8), schedule));
        assertThat(dialog.problem.getText()).startsWith("notes.ics: This is not a calendar file that can be read");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(getCurrentView()).isInstanceOf(CalendarView.class);
    }

    @Test
    void an_invitation_opens_the_series_form_filled_in_for_the_partners_to_be_chosen() {
        ImportDialog dialog = open();
        String ics = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Test//EN
                BEGIN:VEVENT
                UID:%s@example.org
                DTSTAMP:20260601T120000Z
                DTSTART;TZID=America/Chicago:20300108T100000
                DTEND;TZID=America/Chicago:20300108T110000
                RRULE:FREQ=MONTHLY;BYDAY=2TU
                SUMMARY:Imported city check-in
                END:VEVENT
                END:VCALENDAR
                """.formatted(UUID.randomUUID()).replace("\n", "\r\n");
        dialog.show(ImportDialog.read("invite.ics", ics.getBytes(StandardCharsets.UTF_8), schedule));
        SeriesEditorView editor = (SeriesEditorView) getCurrentView();
        assertThat(editor.title.getValue()).isEqualTo("Imported city check-in");
        assertThat(editor.startDate.getValue()).isEqualTo(LocalDate.of(2030, 1, 8));
        assertThat(editor.recurrence.repeat.getValue()).isEqualTo(Repeat.MONTHLY_ON_WEEKDAY);
        assertThat(editor.sentence.getText()).isEqualTo("Every month on the second Tuesday at 10:00, Central Time");
        assertThat(editor.partnerPicker.getValue()).isEmpty();
        assertThat(editor.save.getText()).isEqualTo("Schedule series");
    }
}
