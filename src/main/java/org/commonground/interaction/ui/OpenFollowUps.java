package org.commonground.interaction.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.commonground.interaction.FollowUpItem;
import org.commonground.interaction.InteractionService;

/**
 * Open follow-ups for a home page: the signed-in person's own, or (for the director) everyone's.
 * Overdue first — the list is ordered by due date — and marked as such.
 */
public class OpenFollowUps extends Div {

    private final InteractionService interactions;
    private final boolean everyone;
    FollowUpList list;

    public OpenFollowUps(InteractionService interactions, boolean everyone) {
        this.interactions = interactions;
        this.everyone = everyone;
        setId(everyone ? "all-follow-ups" : "my-follow-ups");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<FollowUpItem> items = everyone ? interactions.allOpenFollowUps() : interactions.myOpenFollowUps();
        list = new FollowUpList(
                items, true, everyone, new FollowUpActions(interactions), interactions.staff(), this::refresh);
        add(list);
    }
}
