package org.commonground.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.commonground.commitment.CommitmentDirection;
import org.commonground.commitment.CommitmentStatus;
import org.commonground.commitment.CommitmentSummary;
import org.commonground.commitment.PortalCommitmentService;
import org.commonground.commitment.ui.StatusBadge;

/** The organization's commitments, both ways: what the library gives them (to acknowledge) and what they give. */
@org.springframework.stereotype.Component
class PortalCommitmentsSection implements PortalSection {

    private final PortalCommitmentService commitments;

    PortalCommitmentsSection(PortalCommitmentService commitments) {
        this.commitments = commitments;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Div render(String search) {
        List<CommitmentSummary> all = commitments.ofMyOrganization(search);
        Div section = new Div(new H2("Commitments"));
        section.setId("portal-commitments");
        if (all.isEmpty()) {
            section.add(empty(
                    search == null || search.isBlank()
                            ? "There are no commitments between the library and your organization yet."
                            : "No commitment matches “" + search.strip() + "”."));
            return section;
        }
        section.add(part(
                "What the library gives you",
                CommitmentDirection.LIBRARY_TO_PARTNER,
                all,
                "Acknowledge each one so the library knows you have seen it."));
        section.add(part(
                "What your organization gives",
                CommitmentDirection.PARTNER_TO_LIBRARY,
                all,
                "Open one to update its status or add a progress note."));
        return section;
    }

    private static Component part(
            String title, CommitmentDirection direction, List<CommitmentSummary> all, String help) {
        List<CommitmentSummary> these =
                all.stream().filter(c -> c.direction() == direction).toList();
        Div part = new Div(new H3(title));
        if (these.isEmpty()) {
            part.add(empty("None."));
            return part;
        }
        Paragraph hint = new Paragraph(help);
        hint.addClassName("muted");
        part.add(hint, table(title, these));
        return part;
    }

    /** A plain table: a handful of rows, read in full by screen readers, each opening its page. */
    private static NativeTable table(String title, List<CommitmentSummary> rows) {
        NativeTable table = new NativeTable();
        table.addClassNames("data-table", "portal-commitments");
        // Named for screen readers; the heading above says the same to everyone.
        table.getElement().setAttribute("aria-label", title);
        NativeTableRow head = table.getHead().addRow();
        for (String header : List.of("Commitment", "Kind", "Amount", "Dates", "Status")) {
            head.addHeaderCell().setText(header);
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (CommitmentSummary c : rows) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell()
                    .add(new RouterLink(
                            c.description(), PortalCommitmentView.class, PortalCommitmentView.parameters(c.id())));
            row.addDataCell().setText(c.kind().label());
            row.addDataCell().setText(c.amountLabel());
            row.addDataCell().setText(PortalFormats.period(c.startDate(), c.endDate()));
            row.addDataCell().add(status(c));
        }
        return table;
    }

    private static Component status(CommitmentSummary c) {
        Span status = new Span(StatusBadge.of(c.status()));
        if (c.direction() == CommitmentDirection.LIBRARY_TO_PARTNER
                && !c.acknowledged()
                && (c.status() == CommitmentStatus.PROPOSED || c.status() == CommitmentStatus.ACTIVE)) {
            Span awaiting = new Span("Awaiting your acknowledgement");
            awaiting.addClassName("awaiting");
            status.add(new Span(" "), awaiting);
        }
        return status;
    }

    static Paragraph empty(String text) {
        Paragraph none = new Paragraph(text);
        none.addClassName("empty-state");
        return none;
    }
}
