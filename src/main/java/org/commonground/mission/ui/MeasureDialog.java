package org.commonground.mission.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.commonground.mission.Direction;
import org.commonground.mission.MeasureForm;
import org.commonground.mission.MissionService;
import org.commonground.shared.ui.DialogSave;

/** Adds an evaluation measure to a mission, or edits one. */
class MeasureDialog extends Dialog {

    final TextField name = new TextField("Measure");
    final TextField unit = new TextField("Unit");
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>("Which way is better");
    final BigDecimalField targetValue = new BigDecimalField("Target value");
    final DatePicker targetDate = new DatePicker("Target date");
    final Button save = new Button("Save measure");

    MeasureDialog(MissionService missions, long missionId, Long measureId, MeasureForm form, Runnable afterSave) {
        setHeaderTitle(measureId == null ? "New evaluation measure" : "Edit " + form.getName());
        setWidth("min(36rem, 96vw)");
        name.setRequired(true);
        name.setMaxLength(MeasureForm.NAME_MAX);
        name.setPlaceholder("Households with a heat safety plan");
        unit.setRequired(true);
        unit.setMaxLength(MeasureForm.UNIT_MAX);
        unit.setHelperText("For example households, %, sensors");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        targetValue.setRequiredIndicatorVisible(true);
        targetDate.setRequired(true);

        name.setValue(form.getName() == null ? "" : form.getName());
        unit.setValue(form.getUnit() == null ? "" : form.getUnit());
        direction.setValue(form.getDirection());
        targetValue.setValue(form.getTargetValue());
        targetDate.setValue(form.getTargetDate());

        FormLayout layout = new FormLayout(name, unit, direction, targetValue, targetDate);
        layout.setColspan(name, 2);
        add(layout);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            form.setName(name.getValue());
            form.setUnit(unit.getValue());
            form.setDirection(direction.getValue());
            form.setTargetValue(targetValue.getValue());
            form.setTargetDate(targetDate.getValue());
            DialogSave.save(
                    this,
                    fields(),
                    () -> {
                        if (measureId == null) {
                            missions.addMeasure(missionId, form);
                        } else {
                            missions.updateMeasure(measureId, form);
                        }
                        return "Measure “" + name.getValue().strip() + "” saved.";
                    },
                    afterSave);
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }

    private Map<String, HasValidation> fields() {
        return Map.of(
                "name",
                name,
                "unit",
                unit,
                "direction",
                direction,
                "targetValue",
                targetValue,
                "targetDate",
                targetDate);
    }
}
