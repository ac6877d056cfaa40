package org.commonground.mission.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.commonground.mission.MeasureDetails;
import org.commonground.mission.MeasurementDetails;
import org.commonground.mission.MeasurementForm;
import org.commonground.mission.MissionService;
import org.commonground.shared.ui.DialogSave;

/** Records a measurement of a measure (dated today by default), or corrects one. Enter saves. */
class MeasurementDialog extends Dialog {

    final DatePicker date = new DatePicker("Date measured");
    final BigDecimalField value = new BigDecimalField("Value");
    final TextField note = new TextField("Note (optional)");
    final Button save = new Button("Save measurement");

    MeasurementDialog(
            MissionService missions, MeasureDetails measure, MeasurementDetails existing, Runnable afterSave) {
        setHeaderTitle((existing == null ? "New measurement: " : "Edit measurement: ") + measure.name());
        setWidth("min(34rem, 96vw)");
        date.setRequired(true);
        date.setMax(missions.today());
        value.setRequiredIndicatorVisible(true);
        value.setSuffixComponent(new Span(measure.unit()));
        value.setHelperText("In " + measure.unit());
        note.setMaxLength(MeasurementForm.NOTE_MAX);
        MeasurementForm form = existing == null
                ? MeasurementForm.of(missions.today(), null, null)
                : MeasurementForm.of(existing.date(), existing.value(), existing.note());
        if (existing != null) {
            form.setVersion(existing.version());
        }
        date.setValue(form.getDate());
        value.setValue(form.getValue());
        note.setValue(form.getNote() == null ? "" : form.getNote());

        FormLayout layout = new FormLayout(date, value, note);
        layout.setColspan(note, 2);
        add(layout);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            form.setDate(date.getValue());
            form.setValue(value.getValue());
            form.setNote(note.getValue());
            DialogSave.save(
                    this,
                    fields(),
                    () -> {
                        if (existing == null) {
                            missions.addMeasurement(measure.id(), form);
                        } else {
                            missions.updateMeasurement(existing.id(), form);
                        }
                        return "Measurement saved.";
                    },
                    afterSave);
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                value.focus();
            }
        });
    }

    private Map<String, HasValidation> fields() {
        return Map.of("date", date, "value", value, "note", note);
    }
}
