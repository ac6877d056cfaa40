package org.commonground.portal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.commonground.partner.PartnerService;
import org.commonground.security.Role;

/**
 * A partner user's home. For now it names their organization and says what is coming;
 * it shows nothing of any other partner.
 */
@Route("portal")
@PageTitle("Our partnership")
@Menu(order = 0, icon = "vaadin:home", title = "Our partnership")
@RolesAllowed(Role.PARTNER_ROLE)
public class PortalView extends Main {

    public PortalView(PartnerService partners) {
        addClassName("page");
        add(new H1(partners.ownOrganizationName()),
                new Paragraph("Welcome. This is where your organization will see the commitments, shared missions "
                        + "and meetings it has with the library, and update the status of its own commitments."),
                new Paragraph("Those pages are being prepared. Nothing needs doing here yet."));
    }
}
