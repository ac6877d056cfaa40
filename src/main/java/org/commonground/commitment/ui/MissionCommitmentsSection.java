package org.commonground.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentSummary;
import org.commonground.mission.MissionDetails;
import org.commonground.mission.ui.MissionPageSection;

/** Puts the commitments that serve a shared mission on the mission's page. */
@org.springframework.stereotype.Component
class MissionCommitmentsSection implements MissionPageSection {

    private final CommitmentService commitments;
    private final CommitmentDialogs dialogs;

    MissionCommitmentsSection(CommitmentService commitments, CommitmentDialogs dialogs) {
        this.commitments = commitments;
        this.dialogs = dialogs;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component render(MissionDetails mission) {
        Grid<CommitmentSummary> grid = CommitmentGrid.create("Commitments serving this mission", true);
        grid.setEmptyStateText("No commitments serve this mission yet.");
        grid.setHeight("14rem");
        grid.setItems(
                query -> commitments
                        .search(
                                CommitmentFilter.ofMission(mission.id()),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream());
        Long firstSignatory = mission.signatories().isEmpty()
                ? null
                : mission.signatories().getFirst().id();
        Button record = new Button(
                "Record commitment for this mission",
                VaadinIcon.PLUS.create(),
                e -> dialogs.recordForMission(
                        mission.id(),
                        firstSignatory,
                        id -> grid.getDataProvider().refreshAll()));
        Div toolbar = new Div(record);
        toolbar.addClassName("toolbar");
        Div section = new Div(new H2("Commitments"), toolbar, grid);
        section.setId("mission-commitments");
        return section;
    }
}
