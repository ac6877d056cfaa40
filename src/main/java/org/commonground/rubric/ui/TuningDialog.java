package org.commonground.rubric.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonground.rubric.IndicatorTuning;
import org.commonground.rubric.RubricSettingsService;
import org.commonground.rubric.rule.Tunable;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.FieldErrors;

/** Changes an indicator's parameters, each within its range, with an optional note on why. */
class TuningDialog extends Dialog {

    final Map<String, IntegerField> fields = new LinkedHashMap<>();
    final TextField note = new TextField("Why (optional)");
    final Button save = new Button("Save, in effect from now");

    TuningDialog(RubricSettingsService settings, IndicatorTuning tuning, Runnable afterSave) {
        setHeaderTitle(tuning.indicator().shortText());
        FormLayout form = new FormLayout();
        for (Tunable t : tuning.tunables()) {
            IntegerField field = new IntegerField(t.label());
            field.setMin(t.min());
            field.setMax(t.max());
            field.setStepButtonsVisible(true);
            field.setRequired(true);
            field.setValue(tuning.current().get(t.name()));
            field.setHelperText(t.min() + " to " + t.max() + "; shipped with "
                    + tuning.defaults().get(t.name()));
            fields.put(t.name(), field);
            form.add(field);
        }
        note.setMaxLength(500);
        form.add(note);
        form.setColspan(note, 2);
        add(
                new Paragraph("Scores from now on use these values; scores for earlier dates keep the values of their "
                        + "day."),
                form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            Map<String, Integer> values = new HashMap<>();
            fields.forEach((name, field) -> values.put(name, field.getValue()));
            try {
                settings.tune(tuning.indicator().key(), values, note.getValue(), tuning.latestSettingId());
                Feedback.saved("Saved. Scores from now on use the new values.");
                close();
                afterSave.run();
            } catch (InvalidInputException ex) {
                Map<String, HasValidation> named = new HashMap<>(fields);
                named.put("note", note);
                String rest = FieldErrors.show(ex.fieldMessages(), named);
                if (!rest.isEmpty()) {
                    Feedback.error(rest);
                }
            } catch (StaleRecordException ex) {
                Feedback.error(ex.getMessage());
                close();
                afterSave.run();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(36rem, 96vw)");
    }
}
