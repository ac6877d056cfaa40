package org.commonground.mission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionSummary;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.ui.PartnerPageSection;

/** Puts the shared missions a partner signed on the partner page. */
@org.springframework.stereotype.Component
class PartnerMissionsSection implements PartnerPageSection {

    private final MissionService missions;

    PartnerMissionsSection(MissionService missions) {
        this.missions = missions;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component render(PartnerDetails partner) {
        Div section = new Div(new H2("Shared missions"));
        section.setId("partner-missions");
        List<MissionSummary> signed = missions.ofPartner(partner.id());
        if (signed.isEmpty()) {
            section.add(new Paragraph(partner.name() + " has not signed a shared mission yet."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (MissionSummary m : signed) {
            Span about = new Span(" · " + m.status().label()
                    + (m.adoptionDate() == null ? "" : " " + Days.format(m.adoptionDate())) + " · " + m.issue());
            about.addClassName("muted");
            list.add(new ListItem(new RouterLink(m.title(), MissionView.class, MissionView.parameters(m.id())), about));
        }
        section.add(list);
        return section;
    }
}
