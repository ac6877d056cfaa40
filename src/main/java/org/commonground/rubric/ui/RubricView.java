package org.commonground.rubric.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.commonground.rubric.RubricService;
import org.commonground.security.Role;

/** The rubric dashboard on a page of its own, as of any date (today unless {@code ?asOf=} says otherwise). */
@Route("rubric")
@PageTitle("STEM-equity rubric")
@Menu(order = 5, icon = "vaadin:chart-line", title = "Rubric")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class RubricView extends Main implements BeforeEnterObserver {

    final DatePicker asOf = new DatePicker("Scores as of");
    private final RubricService rubric;

    public RubricView(RubricService rubric) {
        this.rubric = rubric;
        addClassName("page");
        addClassName("rubric-page");
        asOf.setMax(rubric.today());
        asOf.setHelperText("Every score is computed from the records dated up to this day.");
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(RubricView.class, StrandView.asOf(e.getValue(), rubric.today())));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate day = StrandView.parseAsOf(event.getLocation().getQueryParameters(), rubric.today());
        asOf.setValue(day);
        removeAll();
        RouterLink report = new RouterLink("Progress report", ProgressReportView.class);
        Div actions = new Div(asOf, report);
        actions.addClassName("toolbar");
        add(
                new H1("STEM-equity rubric"),
                new Paragraph("Where the library stands, derived from what staff "
                        + "logged: each score is explained on its strand's page."),
                actions);
        add(new RubricDashboard(rubric, day, true));
    }
}
