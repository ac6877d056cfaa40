package org.commonground.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.commonground.interaction.InteractionSummary;
import org.commonground.schedule.OccurrenceItem;
import org.commonground.schedule.ScheduleService;
import org.commonground.shared.ui.Feedback;

/** Links an interaction already logged (with the series' partners, within three days) to an occurrence. */
class LinkInteractionDialog extends Dialog {

    final RadioButtonGroup<InteractionSummary> choice = new RadioButtonGroup<>("Interactions near that date");

    LinkInteractionDialog(ScheduleService schedule, OccurrenceItem occurrence, Runnable saved) {
        setHeaderTitle("Link an interaction to " + Dates.dayTime(occurrence.start()));
        List<InteractionSummary> found = schedule.interactionChoices(occurrence.seriesId(), occurrence.original());
        Button link = new Button("Link", e -> {
            schedule.linkInteraction(
                    occurrence.seriesId(),
                    occurrence.original(),
                    choice.getValue().id());
            Feedback.saved("Interaction linked.");
            close();
            saved.run();
        });
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (found.isEmpty()) {
            add(new Paragraph("No interaction with these partners was logged within three days of this meeting. "
                    + "Use “Log interaction” to log it now."));
            link.setEnabled(false);
        } else {
            choice.setItems(found);
            choice.setItemLabelGenerator(
                    i -> Dates.dayTime(i.at()) + " · " + i.kind().label() + " · " + String.join(", ", i.partners()));
            choice.addValueChangeListener(e -> link.setEnabled(e.getValue() != null));
            link.setEnabled(false);
            add(choice);
        }
        getFooter().add(new Button("Cancel", e -> close()), link);
    }
}
