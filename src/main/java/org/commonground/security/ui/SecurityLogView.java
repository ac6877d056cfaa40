package org.commonground.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.commonground.security.Role;
import org.commonground.security.SecurityEventSummary;
import org.commonground.security.SecurityEvents;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;

/** The latest security events: refused access, failed and locked sign-ins, invitations, account changes. */
@Route("admin/security-log")
@PageTitle("Security log")
@RolesAllowed(Role.ADMIN_ROLE)
public class SecurityLogView extends Main {

    static final int SHOWN = 500;

    public SecurityLogView(SecurityEvents events, CommonGroundProperties properties) {
        addClassName("page");
        Grid<SecurityEventSummary> grid = new Grid<>(SecurityEventSummary.class, false);
        grid.addColumn(e -> Formats.dateTime(e.at(), properties.timeZone()))
                .setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(e -> e.kind().label()).setHeader("What").setAutoWidth(true);
        grid.addColumn(e -> Formats.orDash(e.username())).setHeader("User").setAutoWidth(true);
        grid.addColumn(e -> Formats.orDash(e.target())).setHeader("Target").setFlexGrow(1);
        grid.addColumn(e -> Formats.orDash(e.detail())).setHeader("Detail").setFlexGrow(2);
        grid.addColumn(e -> Formats.orDash(e.address())).setHeader("Address").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Security events, newest first");
        grid.setEmptyStateText("Nothing recorded yet.");
        grid.setItems(events.recent(SHOWN));
        grid.setHeight("36rem");
        Paragraph help = new Paragraph("The newest " + SHOWN + " events. The same lines are in the application log.");
        help.addClassName("muted");
        add(new H1("Security log"), help, new RouterLink("Users", UsersView.class), grid);
    }
}
