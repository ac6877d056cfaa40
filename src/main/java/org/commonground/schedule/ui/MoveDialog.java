package org.commonground.schedule.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDateTime;
import org.commonground.schedule.OccurrenceItem;
import org.commonground.schedule.ScheduleService;
import org.commonground.schedule.Sentence;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;

/** Moves one upcoming occurrence to another date and time; the rest of the series stays. */
class MoveDialog extends Dialog {

    final DatePicker date = new DatePicker("New date");
    final TimePicker time = new TimePicker("New start time");

    MoveDialog(ScheduleService schedule, OccurrenceItem occurrence, Runnable saved) {
        setHeaderTitle("Move the meeting of " + Dates.dayTime(occurrence.start()));
        date.setValue(occurrence.start().toLocalDate());
        time.setValue(occurrence.start().toLocalTime());
        time.setStep(Duration.ofMinutes(15));
        Paragraph zone = new Paragraph("Times are in " + Sentence.zoneName(occurrence.start())
                + ", like the series. Calendars that subscribed show the move at their next refresh.");
        zone.addClassName("muted");
        FormLayout layout = new FormLayout(date, time);
        add(layout, zone);
        Button save = new Button("Move meeting", e -> {
            if (date.getValue() == null || time.getValue() == null) {
                date.setInvalid(date.getValue() == null);
                date.setErrorMessage("Enter the new date.");
                time.setInvalid(time.getValue() == null);
                time.setErrorMessage("Enter the new time.");
                return;
            }
            try {
                schedule.move(
                        occurrence.seriesId(),
                        occurrence.original(),
                        LocalDateTime.of(date.getValue(), time.getValue()),
                        occurrence.version());
                Feedback.saved("Meeting moved to "
                        + Dates.dayTime(LocalDateTime.of(date.getValue(), time.getValue())
                                .atZone(occurrence.start().getZone()))
                        + ".");
                close();
                saved.run();
            } catch (InvalidInputException ex) {
                date.setErrorMessage(String.join(" ", ex.fieldMessages().values()));
                date.setInvalid(true);
            } catch (StaleRecordException | RecordNotFoundException ex) {
                Feedback.error(ex.getMessage());
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
