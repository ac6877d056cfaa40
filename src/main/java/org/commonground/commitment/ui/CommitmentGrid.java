package org.commonground.commitment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import org.commonground.commitment.CommitmentSummary;
import org.commonground.shared.Formats;

/** The columns every commitments list shows; a row opens the commitment's page. */
final class CommitmentGrid {

    private CommitmentGrid() {}

    static Grid<CommitmentSummary> create(String ariaLabel, boolean showPartner) {
        Grid<CommitmentSummary> grid = new Grid<>(CommitmentSummary.class, false);
        grid.addColumn(new ComponentRenderer<>(
                        c -> new RouterLink(c.description(), CommitmentView.class, CommitmentView.parameters(c.id()))))
                .setHeader("Commitment")
                .setFlexGrow(3);
        if (showPartner) {
            grid.addColumn(CommitmentSummary::fromTo).setHeader("Who gives").setFlexGrow(2);
        } else {
            grid.addColumn(c -> c.direction().label())
                    .setHeader("Direction")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addColumn(c -> c.kind().label())
                .setHeader("Kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CommitmentSummary::amountLabel)
                .setHeader("Amount")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> Formats.date(c.startDate()))
                .setHeader("Start")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(c -> {
                    Span end = new Span(
                            c.endDate() == null ? "—" : Formats.date(c.endDate()) + (c.overdue() ? " (overdue)" : ""));
                    if (c.overdue()) {
                        end.addClassName("overdue");
                    }
                    return end;
                }))
                .setHeader("End")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(c -> StatusBadge.of(c.status())))
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(ariaLabel);
        grid.addItemClickListener(e -> e.getSource()
                .getUI()
                .ifPresent(ui -> ui.navigate(
                        CommitmentView.class,
                        CommitmentView.parameters(e.getItem().id()))));
        return grid;
    }
}
