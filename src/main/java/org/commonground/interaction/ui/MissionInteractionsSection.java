package org.commonground.interaction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.InteractionSummary;
import org.commonground.mission.MissionDetails;
import org.commonground.mission.ui.MissionPageSection;
import org.commonground.shared.Formats;
import org.springframework.data.domain.PageRequest;

/** Puts the interactions tagged with a shared mission on the mission page, newest first. */
@org.springframework.stereotype.Component
class MissionInteractionsSection implements MissionPageSection {

    static final int SHOWN = 50;

    private final InteractionService interactions;

    MissionInteractionsSection(InteractionService interactions) {
        this.interactions = interactions;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component render(MissionDetails mission) {
        Div section = new Div(new H2("Interactions tagged with this mission"));
        section.setId("mission-interactions");
        List<InteractionSummary> tagged = interactions.taggedWith(mission.id(), PageRequest.of(0, SHOWN));
        long total = tagged.size() < SHOWN ? tagged.size() : interactions.countTaggedWith(mission.id());
        Span count = new Span(
                total == 0
                        ? "None yet. Tag an interaction with this mission when you log it."
                        : total == 1
                                ? "1 interaction"
                                : total > SHOWN
                                        ? "The latest " + SHOWN + " of " + total + " interactions"
                                        : total + " interactions");
        count.addClassName("muted");
        section.add(count);
        if (tagged.isEmpty()) {
            return section;
        }
        Grid<InteractionSummary> grid = new Grid<>(InteractionSummary.class, false);
        grid.addColumn(i -> Formats.date(i.at()))
                .setHeader("Date")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(i ->
                        new RouterLink(i.kind().label(), InteractionView.class, InteractionView.parameters(i.id()))))
                .setHeader("Kind")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(i -> String.join(", ", i.partners()))
                .setHeader("Partners")
                .setFlexGrow(2);
        grid.addColumn(InteractionSummary::excerpt).setHeader("Notes").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Interactions tagged with this mission");
        grid.setItems(tagged);
        section.add(grid);
        return section;
    }
}
