package org.commonground.commitment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentSummary;
import org.commonground.commitment.DueWindow;

/** For the director's home page: open commitments overdue or ending within 30 days, overdue first. */
public class DueCommitments extends Div {

    static final int SHOWN = 50;
    Grid<CommitmentSummary> grid;

    public DueCommitments(CommitmentService commitments) {
        setId("due-commitments");
        List<CommitmentSummary> due = commitments.dueSoon(SHOWN);
        if (due.isEmpty()) {
            Paragraph none = new Paragraph("No open commitment is overdue or ends in the next 30 days. ");
            none.add(new RouterLink("All commitments", CommitmentsView.class));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        grid = CommitmentGrid.create("Commitments due in the next 30 days or overdue", true);
        grid.setItems(due);
        grid.setAllRowsVisible(due.size() <= 10);
        if (due.size() > 10) {
            grid.setHeight("24rem");
        }
        add(grid);
        if (due.size() == SHOWN) {
            long all = commitments.count(
                    new CommitmentFilter(null, null, null, null, DueWindow.OVERDUE_OR_NEXT_30_DAYS, null, null));
            Paragraph more = new Paragraph(String.format("The %d that ended or end first, of %,d. ", SHOWN, all));
            more.add(new RouterLink(
                    "See them all under Commitments (Due: overdue or in the next 30 days)", CommitmentsView.class));
            more.addClassName("muted");
            add(more);
        }
    }
}
