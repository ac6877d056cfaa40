package org.commonground.commitment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentKind;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentSummary;
import org.commonground.commitment.DueWindow;
import org.commonground.partner.PartnerKind;
import org.commonground.security.Role;
import org.commonground.shared.ui.CsvDownload;

/** Every commitment, latest start first, filtered in the database. */
@Route("commitments")
@PageTitle("Commitments")
@Menu(order = 30, icon = "vaadin:exchange", title = "Commitments")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class CommitmentsView extends Main {

    final ComboBox<CommitmentDirection> direction = new ComboBox<>("Direction");
    final ComboBox<CommitmentKind> kind = new ComboBox<>("Kind");
    final ComboBox<CommitmentStatus> status = new ComboBox<>("Status");
    final ComboBox<PartnerKind> partnerKind = new ComboBox<>("Partner kind");
    final ComboBox<DueWindow> due = new ComboBox<>("Due");
    final Span count = new Span();
    final Grid<CommitmentSummary> grid = CommitmentGrid.create("Commitments", true);
    private final CommitmentService commitments;

    public CommitmentsView(CommitmentService commitments, CommitmentDialogs dialogs) {
        this.commitments = commitments;
        addClassName("page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");

        direction.setItems(CommitmentDirection.values());
        direction.setItemLabelGenerator(CommitmentDirection::label);
        kind.setItems(CommitmentKind.values());
        kind.setItemLabelGenerator(CommitmentKind::label);
        status.setItems(CommitmentStatus.values());
        status.setItemLabelGenerator(CommitmentStatus::label);
        partnerKind.setItems(PartnerKind.values());
        partnerKind.setItemLabelGenerator(PartnerKind::label);
        due.setItems(DueWindow.values());
        due.setItemLabelGenerator(DueWindow::label);
        for (ComboBoxBase<?, ?, ?> box : new ComboBoxBase<?, ?, ?>[] {direction, kind, status, partnerKind, due}) {
            box.setClearButtonVisible(true);
            box.setPlaceholder("Any");
            box.addValueChangeListener(e -> refresh());
        }
        Button record = new Button(
                "Record commitment",
                VaadinIcon.PLUS.create(),
                e -> dialogs.recordNew(
                        null,
                        id -> getUI().ifPresent(
                                        ui -> ui.navigate(CommitmentView.class, CommitmentView.parameters(id)))));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div heading = new Div(new H1("Commitments"), record, new RouterLink("Balance", BalanceView.class));
        heading.addClassName("heading-with-actions");
        Div filters = new Div(
                direction,
                kind,
                status,
                partnerKind,
                due,
                CsvDownload.link("export-commitments", "commitments", this::export));
        filters.addClassName("toolbar");
        count.addClassName("muted");
        count.setId("commitment-count");
        grid.setEmptyStateText("No commitments match. Clear a filter, or record one with “Record commitment”.");
        grid.setPageSize(50);
        grid.getStyle().set("flex-grow", "1");
        grid.setItems(
                query -> commitments.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(heading, filters, count, grid);
        refresh();
    }

    /** The export link's content: what the list shows with its current filters. */
    void export(OutputStream out) {
        commitments.export(filter(), out);
    }

    CommitmentFilter filter() {
        return new CommitmentFilter(
                direction.getValue(),
                kind.getValue(),
                status.getValue(),
                partnerKind.getValue(),
                due.getValue(),
                null,
                null);
    }

    private void refresh() {
        long total = commitments.count(filter());
        count.setText(total == 1 ? "1 commitment" : String.format("%,d commitments", total));
        grid.getDataProvider().refreshAll();
    }
}
