package org.commonground.commitment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.LocalDate;
import java.util.List;
import org.commonground.commitment.Balance;
import org.commonground.commitment.BalanceLine;
import org.commonground.commitment.CommitmentFilter;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentSummary;

/** A partner's commitments both ways, and what the library gave and received over the last 12 months. */
class PartnerCommitments extends Div {

    final Grid<CommitmentSummary> grid = CommitmentGrid.create("Commitments", false);
    private final Div balance = new Div();
    private final CommitmentService commitments;
    private final long partnerId;
    private final LocalDate today;

    PartnerCommitments(
            CommitmentService commitments,
            CommitmentDialogs dialogs,
            long partnerId,
            String partnerName,
            LocalDate today) {
        this.commitments = commitments;
        this.partnerId = partnerId;
        this.today = today;
        setId("partner-commitments");
        Button record = new Button(
                "Record commitment with " + partnerName,
                VaadinIcon.PLUS.create(),
                e -> dialogs.recordNew(partnerId, id -> refresh()));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(record);
        toolbar.addClassName("toolbar");
        grid.setAriaLabel("Commitments with " + partnerName);
        grid.setEmptyStateText("No commitments with " + partnerName + " yet.");
        grid.setHeight("16rem");
        grid.setItems(
                query -> commitments
                        .search(
                                CommitmentFilter.ofPartner(partnerId),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream());
        add(new H2("Commitments"), toolbar, grid, balance);
        showBalance();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showBalance();
    }

    private void showBalance() {
        balance.removeAll();
        Balance last12 = commitments.balance(today.minusYears(1).plusDays(1), today, partnerId);
        List<BalanceLine> lines = last12.byPartner().isEmpty()
                ? List.of()
                : last12.byPartner().getFirst().lines();
        Paragraph heading = new Paragraph("Balance over the last 12 months (active and fulfilled):");
        heading.addClassName("muted");
        if (lines.isEmpty()) {
            balance.add(new Paragraph("Balance over the last 12 months: nothing given or received yet."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("partner-balance");
        for (BalanceLine line : lines) {
            list.add(new ListItem(line.kind().label() + ": library gives " + line.givesLabel() + ", receives "
                    + line.receivesLabel() + (line.balanced() ? " (balanced)" : "")));
        }
        balance.add(heading, list);
    }
}
