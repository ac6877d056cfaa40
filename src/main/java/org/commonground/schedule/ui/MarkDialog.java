package org.commonground.schedule.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.schedule.Occurrence;
import org.commonground.schedule.OccurrenceItem;
import org.commonground.schedule.OccurrenceStatus;
import org.commonground.schedule.Option;
import org.commonground.schedule.ScheduleService;
import org.commonground.security.StaffMember;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;

/** Marks a past occurrence held, missed or cancelled, with who attended. Ctrl+Enter saves (Enter stays in the note). */
class MarkDialog extends Dialog {

    final RadioButtonGroup<OccurrenceStatus> status = new RadioButtonGroup<>("What happened");
    final MultiSelectComboBox<StaffMember> staff = new MultiSelectComboBox<>("Library staff present");
    final MultiSelectComboBox<Option> contacts = new MultiSelectComboBox<>("Contacts present");
    final TextArea note = new TextArea("Note");
    final Button save = new Button("Save");

    /** @param invited who is invited: whom an unmarked meeting starts with as present */
    MarkDialog(
            ScheduleService schedule,
            OccurrenceItem occurrence,
            List<StaffMember> people,
            List<Option> partnerPeople,
            Set<Long> invitedStaff,
            Set<Long> invitedContacts,
            Runnable saved) {
        setHeaderTitle("Mark the meeting of " + Dates.dayTime(occurrence.start()));
        status.setItems(OccurrenceStatus.HELD, OccurrenceStatus.MISSED, OccurrenceStatus.CANCELLED);
        status.setItemLabelGenerator(OccurrenceStatus::label);
        status.setValue(occurrence.status() == null ? OccurrenceStatus.HELD : occurrence.status());
        staff.setItems(people);
        staff.setItemLabelGenerator(StaffMember::displayName);
        boolean fresh = occurrence.status() == null
                && occurrence.staffIds().isEmpty()
                && occurrence.contactIds().isEmpty();
        Set<Long> presentStaff = fresh ? invitedStaff : occurrence.staffIds();
        Set<Long> presentContacts = fresh ? invitedContacts : occurrence.contactIds();
        staff.setValue(
                people.stream().filter(p -> presentStaff.contains(p.id())).collect(Collectors.toSet()));
        contacts.setItems(partnerPeople);
        contacts.setItemLabelGenerator(Option::name);
        contacts.setValue(partnerPeople.stream()
                .filter(p -> presentContacts.contains(p.id()))
                .collect(Collectors.toSet()));
        note.setMaxLength(Occurrence.NOTE_MAX);
        note.setValue(occurrence.note() == null ? "" : occurrence.note());
        note.setWidthFull();
        FormLayout layout = new FormLayout(status, staff, contacts, note);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);
        setWidth("min(34rem, 96vw)");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setTooltipText("Ctrl+Enter");
        save.addClickListener(e -> {
            try {
                schedule.mark(
                        occurrence.seriesId(),
                        occurrence.original(),
                        status.getValue(),
                        staff.getValue().stream().map(StaffMember::id).collect(Collectors.toSet()),
                        contacts.getValue().stream().map(Option::id).collect(Collectors.toSet()),
                        note.getValue(),
                        occurrence.version());
                Feedback.saved("Marked " + status.getValue().label().toLowerCase(Locale.ROOT) + ": "
                        + Dates.dayTime(occurrence.start()) + ".");
                close();
                saved.run();
            } catch (InvalidInputException ex) {
                var messages = ex.fieldMessages();
                status.setErrorMessage(messages.getOrDefault("status", null));
                status.setInvalid(messages.containsKey("status"));
                note.setErrorMessage(messages.get("note"));
                note.setInvalid(messages.containsKey("note"));
                Set<String> shown = Set.of("status", "note");
                String rest = messages.entrySet().stream()
                        .filter(m -> !shown.contains(m.getKey()))
                        .map(Map.Entry::getValue)
                        .collect(Collectors.joining(" "));
                if (!rest.isEmpty()) {
                    Feedback.error(rest);
                }
            } catch (StaleRecordException | RecordNotFoundException ex) {
                Feedback.error(ex.getMessage());
                close();
                saved.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
