package org.commonground.mission.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.commonground.mission.MissionDetails;
import org.commonground.mission.MissionService;
import org.commonground.shared.ui.DialogSave;

/** Adopts a draft mission on a date, today unless told otherwise. */
class AdoptDialog extends Dialog {

    final DatePicker date = new DatePicker("Adoption date");
    final Button adopt = new Button("Adopt mission");

    AdoptDialog(MissionService missions, MissionDetails mission, Runnable afterSave) {
        setHeaderTitle("Adopt this mission?");
        date.setRequired(true);
        date.setValue(missions.today());
        date.setMax(missions.today());
        date.setHelperText("The day the signatories adopted it. Measurements count from this date.");
        add(
                new Paragraph("Adopted by "
                        + String.join(
                                ", ",
                                mission.signatories().stream()
                                        .map(s -> s.name())
                                        .toList()) + " and the library."),
                date);
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adopt.addClickShortcut(Key.ENTER);
        adopt.addClickListener(e -> {
            DialogSave.save(
                    this,
                    Map.of("adoptionDate", date),
                    () -> {
                        missions.adopt(mission.id(), date.getValue(), mission.version());
                        return "The mission is adopted.";
                    },
                    afterSave);
        });
        getFooter().add(new Button("Cancel", e -> close()), adopt);
        setWidth("min(30rem, 96vw)");
    }
}
