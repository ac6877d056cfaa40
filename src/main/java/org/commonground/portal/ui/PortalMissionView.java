package org.commonground.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.commonground.mission.MissionDetails;
import org.commonground.mission.MissionStatus;
import org.commonground.mission.PortalMissionService;
import org.commonground.mission.ui.MeasureFigures;
import org.commonground.security.Role;
import org.commonground.shared.ui.RecordPage;

/**
 * A shared mission the organization signed: its statement, where it stands, and its evaluation measures
 * charted against their targets (each chart followed by its figures as a table). Read-only.
 */
@Route("portal/missions/:missionId([0-9]{1,18})")
@RolesAllowed(Role.PARTNER_ROLE)
public class PortalMissionView extends RecordPage<MissionDetails> {

    static final String ID = "missionId";

    private final PortalMissionService missions;
    private MissionDetails mission;

    public PortalMissionView(PortalMissionService missions) {
        super(ID, "Shared mission");
        this.missions = missions;
        addClassNames("portal-page", "mission-page");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    protected MissionDetails load(long id) {
        return missions.get(id);
    }

    @Override
    protected String title(MissionDetails mission) {
        return "Shared mission: " + mission.title();
    }

    @Override
    protected Class<? extends Component> listView() {
        return PortalView.class;
    }

    @Override
    protected void render(MissionDetails mission) {
        this.mission = mission;
        Span status = new Span(switch (mission.status()) {
                    case DRAFT -> "Draft, being discussed with its partners";
                    case ADOPTED -> "Adopted on " + PortalFormats.day(mission.adoptionDate());
                    case RETIRED -> "Retired · adopted on " + PortalFormats.day(mission.adoptionDate());
                }
                + " · " + mission.issue());
        status.addClassName("muted");
        status.setId("mission-status");
        Paragraph statement = new Paragraph(mission.statement());
        statement.addClassName("notes");
        statement.setId("mission-statement");

        DescriptionList list = new DescriptionList();
        list.add(new DescriptionList.Term("Community issue"), new DescriptionList.Description(mission.issue()));
        list.add(
                new DescriptionList.Term("Status"),
                new DescriptionList.Description(mission.status().label()));
        list.add(new DescriptionList.Term("The library's contact"), new DescriptionList.Description(mission.owner()));
        Div about = new Div(new H2("About"), list);
        about.addClassName("details");

        Div measures = new Div(new H2("Evaluation measures"));
        measures.setId("measures");
        if (mission.measures().isEmpty()) {
            measures.add(PortalCommitmentsSection.empty(
                    mission.status() == MissionStatus.DRAFT
                            ? "No measures yet: they are agreed while the mission is a draft."
                            : "No measures are recorded for this mission."));
        }
        mission.measures().forEach(m -> measures.add(new MeasureFigures(m)));
        add(
                new H1(mission.title()),
                status,
                new H2("Statement"),
                statement,
                about,
                measures,
                new Paragraph(new RouterLink("Back to our partnership", PortalView.class)));
    }
}
