package org.commonground.commitment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.PartnerUpdateItem;
import org.commonground.shared.Formats;

/**
 * For staff home pages: what partner users changed in their portal in the last 30 days (acknowledged,
 * moved or noted a commitment), newest first, highlighted so it is not missed. Each links to the commitment,
 * whose history has the details.
 */
public class PartnerUpdates extends Div {

    static final int DAYS = 30;
    static final int SHOWN = 10;

    public PartnerUpdates(CommitmentService commitments, ZoneId zone) {
        setId("partner-updates");
        addClassName("partner-updates");
        List<PartnerUpdateItem> updates = commitments.partnerUpdates(DAYS, SHOWN);
        if (updates.isEmpty()) {
            Paragraph none =
                    new Paragraph("No partner has changed anything in their portal in the last " + DAYS + " days.");
            none.addClassName("empty-state");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (PartnerUpdateItem u : updates) {
            Span when = new Span(Formats.dateTime(u.at(), zone));
            when.addClassName("muted");
            Span who = new Span(u.who() + " (" + u.partnerName() + ") " + u.action() + " ");
            RouterLink what = new RouterLink(
                    "“" + u.commitment() + "”", CommitmentView.class, CommitmentView.parameters(u.commitmentId()));
            ListItem item = new ListItem(who, what, new Span(" · "), when);
            item.addClassName("partner-update");
            list.add(item);
        }
        add(list);
    }
}
