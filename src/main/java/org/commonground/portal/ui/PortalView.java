package org.commonground.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.commonground.partner.PartnerService;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;

/**
 * A partner user's home: their organization's partnership with the library, section by section
 * ({@link PortalSection}), with one search over all of them. It shows nothing of any other partner.
 */
@Route("portal")
@PageTitle("Our partnership")
@Menu(order = 0, icon = "vaadin:home", title = "Our partnership")
@RolesAllowed(Role.PARTNER_ROLE)
public class PortalView extends Main {

    final TextField search = new TextField("Search our partnership");
    private final List<PortalSection> sections;
    private final Div content = new Div();

    public PortalView(PartnerService partners, CommonGroundProperties properties, List<PortalSection> sections) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PortalSection::order))
                .toList();
        addClassNames("page", "portal-page");
        Paragraph intro = new Paragraph("What " + properties.libraryName() + " and your organization do together: "
                + "the commitments each of you made, the shared missions you signed and what the library recorded "
                + "with you.");
        intro.addClassName("muted");
        search.setPlaceholder("Words in a commitment, a mission or a meeting note");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28rem");
        search.setMaxWidth("100%");
        search.addValueChangeListener(e -> render());
        content.setId("portal-sections");
        add(new H1(partners.ownOrganizationName()), intro, search, content);
        render();
    }

    private void render() {
        content.removeAll();
        String text = search.getValue();
        sections.forEach(section -> content.add(section.render(text)));
    }
}
