package org.commonground.portal.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.commonground.interaction.PortalInteractionService;
import org.commonground.interaction.SharedInteraction;
import org.commonground.security.Role;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.ui.Formats;

/** A meeting or call the library logged with the organization and shared with it: when, about what, the notes. */
@Route("portal/interactions/:interactionId([0-9]{1,18})")
@RolesAllowed(Role.PARTNER_ROLE)
public class PortalInteractionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "interactionId";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.US);

    private final PortalInteractionService interactions;
    private SharedInteraction interaction;

    public PortalInteractionView(PortalInteractionService interactions) {
        this.interactions = interactions;
        addClassNames("page", "portal-page");
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(ID).orElseThrow());
        try {
            interaction = interactions.get(id);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        removeAll();
        DescriptionList list = new DescriptionList();
        list.add(
                new DescriptionList.Term("When"),
                new DescriptionList.Description(WHEN.format(interaction.at()) + " ("
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

    @Override
    public String getPageTitle() {
        return interaction == null ? "Interaction" : interaction.title();
    }
}
