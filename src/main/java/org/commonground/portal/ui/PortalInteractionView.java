package org.commonground.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.commonground.interaction.PortalInteractionService;
import org.commonground.interaction.SharedInteraction;
import org.commonground.security.Role;
import org.commonground.shared.Formats;
import org.commonground.shared.ui.RecordPage;

/** A meeting or call the library logged with the organization and shared with it: when, about what, the notes. */
@Route("portal/interactions/:interactionId([0-9]{1,18})")
@RolesAllowed(Role.PARTNER_ROLE)
public class PortalInteractionView extends RecordPage<SharedInteraction> {

    static final String ID = "interactionId";

    private final PortalInteractionService interactions;

    public PortalInteractionView(PortalInteractionService interactions) {
        super(ID, "Interaction");
        this.interactions = interactions;
        addClassName("portal-page");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    protected SharedInteraction load(long id) {
        return interactions.get(id);
    }

    @Override
    protected String title(SharedInteraction interaction) {
        return interaction.title();
    }

    @Override
    protected Class<? extends Component> listView() {
        return PortalView.class;
    }

    @Override
    protected void render(SharedInteraction interaction) {
        DescriptionList list = new DescriptionList();
        list.add(
                new DescriptionList.Term("When"),
                new DescriptionList.Description(Formats.dateTime(interaction.at()) + " ("
                        + interaction.at().getZone().getId() + ")"));
        list.add(
                new DescriptionList.Term("Topics"),
                new DescriptionList.Description(
                        interaction.topics().isEmpty() ? "—" : String.join(", ", interaction.topics())));
        list.add(
                new DescriptionList.Term("From the library"),
                new DescriptionList.Description(
                        interaction.libraryStaff().isEmpty() ? "—" : String.join(", ", interaction.libraryStaff())));
        Div about = new Div(list);
        about.addClassName("details");
        Paragraph notes = new Paragraph(Formats.orDash(interaction.notes()));
        notes.addClassName("notes");
        add(
                new H1(interaction.title()),
                about,
                new H2("Notes"),
                notes,
                new Paragraph(new RouterLink("Back to our partnership", PortalView.class)));
    }
}
