package org.commonground.mission.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.mission.MissionFilter;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionStatus;
import org.commonground.mission.MissionSummary;
import org.commonground.mission.Signatory;
import org.commonground.security.Role;
import org.commonground.shared.ui.CsvDownload;

/** Every shared mission, filtered and searched in the database. */
@Route("missions")
@PageTitle("Shared missions")
@Menu(order = 35, icon = "vaadin:flag-o", title = "Shared missions")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class MissionsView extends Main {

    final TextField search = new TextField("Search statements");
    final ComboBox<MissionStatus> status = new ComboBox<>("Status");
    final ComboBox<CommunityIssueSummary> issue = new ComboBox<>("Community issue");
    final ComboBox<Signatory> partner = new ComboBox<>("Signatory partner");
    final Span count = new Span();
    final Grid<MissionSummary> grid = new Grid<>(MissionSummary.class, false);
    final Button create = new Button("New shared mission", VaadinIcon.PLUS.create());

    private final MissionService missions;

    public MissionsView(MissionService missions) {
        this.missions = missions;
        addClassName("page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");

        search.setPlaceholder("Words in the statement");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setItems(MissionStatus.values());
        status.setItemLabelGenerator(MissionStatus::label);
        issue.setItems(missions.issues());
        issue.setItemLabelGenerator(CommunityIssueSummary::name);
        partner.setItems(query ->
                missions.pickPartners(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        partner.setItemLabelGenerator(Signatory::name);
        for (ComboBox<?> box : new ComboBox<?>[] {status, issue, partner}) {
            box.setClearButtonVisible(true);
            box.setPlaceholder("Any");
            box.addValueChangeListener(e -> refresh());
        }
        search.addValueChangeListener(e -> refresh());

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.setTooltipText("Alt+N");
        create.addClickListener(e -> new MissionDialog(
                        missions,
                        missions.newForm(null),
                        null,
                        null,
                        id -> getUI().ifPresent(ui -> ui.navigate(MissionView.class, MissionView.parameters(id))))
                .open());

        Div toolbar = new Div(
                search,
                status,
                issue,
                partner,
                create,
                CsvDownload.link("export-missions", "shared-missions", this::export));
        toolbar.addClassName("toolbar");
        count.addClassName("muted");
        count.setId("mission-count");

        grid.addColumn(new ComponentRenderer<>(
                        m -> new RouterLink(m.title(), MissionView.class, MissionView.parameters(m.id()))))
                .setHeader("Mission")
                .setFlexGrow(4);
        grid.addColumn(MissionSummary::issue).setHeader("Community issue").setFlexGrow(2);
        grid.addColumn(m -> m.status().label())
                .setHeader("Status")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(m -> m.adoptionDate() == null ? "—" : Days.format(m.adoptionDate()))
                .setHeader("Adopted")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(m -> String.join(", ", m.signatories()))
                .setHeader("Signatories")
                .setFlexGrow(3);
        grid.addColumn(MissionSummary::owner).setHeader("Owner").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Shared missions");
        grid.setEmptyStateText("No shared missions match. Clear a filter, or draft one with “New shared mission”.");
        grid.setPageSize(50);
        grid.getStyle().set("flex-grow", "1");
        grid.setItems(
                query -> missions.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> showCount(missions.count(filter())));

        add(toolbar, count, grid);
    }

    /** The export link's content: what the list shows with its current filters. */
    void export(OutputStream out) {
        missions.export(filter(), out);
    }

    MissionFilter filter() {
        return new MissionFilter(
                status.getValue(),
                issue.getValue() == null ? null : issue.getValue().id(),
                partner.getValue() == null ? null : partner.getValue().id(),
                search.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private int showCount(long total) {
        count.setText(total == 1 ? "1 shared mission" : total + " shared missions");
        return (int) total;
    }
}
