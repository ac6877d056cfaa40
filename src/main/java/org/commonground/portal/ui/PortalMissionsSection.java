package org.commonground.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.commonground.mission.MissionStatus;
import org.commonground.mission.MissionSummary;
import org.commonground.mission.PortalMissionService;
import org.springframework.stereotype.Component;

/** The shared missions the organization signed; each opens with its measures and charts. */
@Component
class PortalMissionsSection implements PortalSection {

    private final PortalMissionService missions;

    PortalMissionsSection(PortalMissionService missions) {
        this.missions = missions;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Div render(String search) {
        List<MissionSummary> signed = missions.ofMyOrganization(search);
        Div section = new Div(new H2("Shared missions"));
        section.setId("portal-missions");
        if (signed.isEmpty()) {
            section.add(PortalCommitmentsSection.empty(
                    search == null || search.isBlank()
                            ? "Your organization has not signed a shared mission with the library yet."
                            : "No shared mission matches “" + search.strip() + "”."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("portal-list");
        for (MissionSummary m : signed) {
            Span about = new Span(" · " + m.issue() + " · " + status(m));
            about.addClassName("muted");
            list.add(new ListItem(
                    new RouterLink(m.title(), PortalMissionView.class, PortalMissionView.parameters(m.id())), about));
        }
        section.add(list);
        return section;
    }

    static String status(MissionSummary m) {
        return m.status() == MissionStatus.DRAFT
                ? "Draft, being discussed"
                : m.status().label()
                        + (m.adoptionDate() == null ? "" : " (adopted " + PortalFormats.day(m.adoptionDate()) + ")");
    }
}
