package org.commonground.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.commonground.interaction.PortalInteractionService;
import org.commonground.interaction.SharedInteraction;
import org.springframework.stereotype.Component;

/** "What the library logged with us": the latest interactions staff chose to share with the organization. */
@Component
class PortalInteractionsSection implements PortalSection {

    static final int SHOWN = 10;

    private final PortalInteractionService interactions;

    PortalInteractionsSection(PortalInteractionService interactions) {
        this.interactions = interactions;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Div render(String search) {
        List<SharedInteraction> shared = interactions.sharedWithMyOrganization(search, SHOWN);
        Div section = new Div(new H2("What the library logged with us"));
        section.setId("portal-interactions");
        if (shared.isEmpty()) {
            section.add(PortalCommitmentsSection.empty(
                    search == null || search.isBlank()
                            ? "The library has not shared any of its notes about your meetings yet."
                            : "No shared note matches “" + search.strip() + "”."));
            return section;
        }
        Paragraph help = new Paragraph("Meetings and calls the library recorded with your organization and chose to "
                + "share with you, newest first.");
        help.addClassName("muted");
        UnorderedList list = new UnorderedList();
        list.addClassName("portal-list");
        for (SharedInteraction i : shared) {
            Div excerpt = new Div();
            excerpt.setText(i.excerpt());
            excerpt.addClassName("muted");
            Span topics = new Span(i.topics().isEmpty() ? "" : " · " + String.join(", ", i.topics()));
            list.add(new ListItem(
                    new RouterLink(i.title(), PortalInteractionView.class, PortalInteractionView.parameters(i.id())),
                    topics,
                    excerpt));
        }
        section.add(help, list);
        return section;
    }
}
