package org.commonground.interaction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.commonground.interaction.FollowUpItem;
import org.commonground.security.StaffMember;
import org.commonground.shared.Formats;

/**
 * Follow-ups as a list with their actions. Overdue ones are marked in words and colour (not by
 * colour alone); the caller decides whether to show the owner and the interaction they came from.
 */
public class FollowUpList extends Div {

    final Grid<FollowUpItem> grid = new Grid<>(FollowUpItem.class, false);

    FollowUpList(List<FollowUpItem> items, boolean withOrigin, FollowUpActions actions, Runnable afterChange) {
        this(items, withOrigin, withOrigin, actions, List.of(), afterChange);
    }

    FollowUpList(
            List<FollowUpItem> items,
            boolean withOrigin,
            boolean withOwner,
            FollowUpActions actions,
            List<StaffMember> staff,
            Runnable afterChange) {
        addClassName("follow-up-list");
        grid.addComponentColumn(FollowUpList::due)
                .setHeader("Due")
                .setKey("due")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FollowUpItem::description).setHeader("Follow-up").setFlexGrow(3);
        if (withOrigin) {
            grid.addComponentColumn(f -> new RouterLink(
                            f.interactionLabel(), InteractionView.class, InteractionView.parameters(f.interactionId())))
                    .setHeader("From")
                    .setFlexGrow(3);
        }
        if (withOwner) {
            grid.addColumn(FollowUpItem::owner).setHeader("Owner").setFlexGrow(1);
        }
        grid.addComponentColumn(f -> actionsFor(f, actions, staff, afterChange))
                .setHeader("Actions")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(f -> f.overdue() ? "overdue-row" : null);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Follow-ups");
        grid.setEmptyStateText("No open follow-ups.");
        add(grid);
    }

    private static Component due(FollowUpItem item) {
        if (item.done()) {
            return new Span("Done");
        }
        Span due = new Span(Formats.date(item.dueDate()));
        if (item.overdue()) {
            due.setText("Overdue: " + Formats.date(item.dueDate()));
            due.addClassName("overdue");
        }
        return due;
    }

    private static Component actionsFor(
            FollowUpItem item, FollowUpActions actions, List<StaffMember> staff, Runnable after) {
        if (item.done()) {
            Button reopen = new Button("Reopen", e -> actions.reopen(item, after));
            reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            reopen.setAriaLabel("Reopen " + item.description());
            return reopen;
        }
        Button done = new Button("Done", e -> actions.markDone(item, after));
        done.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SUCCESS);
        done.setAriaLabel("Mark done: " + item.description());
        HorizontalLayout buttons = new HorizontalLayout(done);
        if (!staff.isEmpty()) {
            Button reassign = new Button("Reassign", e -> actions.reassign(item, staff, after));
            reassign.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            reassign.setAriaLabel("Reassign " + item.description());
            buttons.add(reassign);
        }
        buttons.setSpacing(false);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        return buttons;
    }
}
