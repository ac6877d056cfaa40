package org.commonground.app;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.commonground.security.CurrentUser;
import org.commonground.security.Role;
import org.commonground.security.SecurityEventKind;
import org.commonground.security.SecurityEvents;

/** A friendly page for an address that leads nowhere, or to a record that does not exist. */
@ParentLayout(MainLayout.class)
@PageTitle("Not found")
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    private final Paragraph detail = new Paragraph();
    private final CurrentUser currentUser;
    private final SecurityEvents events;

    public NotFoundView(CurrentUser currentUser, SecurityEvents events) {
        this.currentUser = currentUser;
        this.events = events;
        addClassName("page");
        add(new H1("Not found"), detail, new Paragraph(new Anchor("", "Go to the home page")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage() : "";
        boolean recordNotFound = message.startsWith("No ");
        // A partner user reaching a library page (or any address that is not theirs) is logged; a record that
        // was not theirs was already logged by the service that refused it.
        if (!recordNotFound && currentUser.hasRole(Role.PARTNER)) {
            events.record(
                    SecurityEventKind.ACCESS_REFUSED,
                    null,
                    "page /" + event.getLocation().getPath(),
                    "no such page for a partner user; answered not found");
        }
        detail.setText(
                recordNotFound
                        ? message
                        : "There is nothing at this address. It may have been mistyped, or the record was removed.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
