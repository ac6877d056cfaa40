package org.commonground.interaction.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.Topic;
import org.commonground.partner.PartnerTimelineSource;
import org.commonground.shared.Formats;
import org.springframework.data.domain.PageRequest;

/**
 * A partner's timeline, newest first: its interactions, and what other features contribute (commitments,
 * check-ins), filterable by kind and topic. Interactions load as the grid scrolls; the other records of one
 * partner are few and are merged in.
 */
class PartnerTimeline extends Div {

    final ComboBox<TimelineKind> kind = new ComboBox<>("Kind");
    final ComboBox<Topic> topic = new ComboBox<>("Topic");
    final Grid<TimelineRow> grid = new Grid<>(TimelineRow.class, false);
    private final InteractionService interactions;
    private final List<PartnerTimelineSource> sources;
    private final long partnerId;
    private Registration savedListener;

    PartnerTimeline(
            InteractionService interactions,
            List<PartnerTimelineSource> sources,
            InteractionDialogs dialogs,
            long partnerId,
            String partnerName) {
        this.interactions = interactions;
        this.sources = sources;
        this.partnerId = partnerId;
        setId("timeline");
        Button log = new Button(
                "Log interaction with " + partnerName, VaadinIcon.PLUS.create(), e -> dialogs.logNew(partnerId));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        List<TimelineKind> kinds = new ArrayList<>();
        for (InteractionKind k : InteractionKind.values()) {
            kinds.add(TimelineKind.of(k));
        }
        sources.forEach(source -> kinds.add(TimelineKind.source(source.kind())));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(TimelineKind::label);
        kind.setPlaceholder("Any");
        kind.setClearButtonVisible(true);
        topic.setItems(interactions.topics());
        topic.setItemLabelGenerator(Topic::label);
        topic.setPlaceholder("Any");
        topic.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        topic.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Div toolbar = new Div(kind, topic, log);
        toolbar.addClassName("toolbar");

        grid.addColumn(r -> Formats.date(r.at()))
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> r.interaction() != null
                        ? new RouterLink(
                                r.interaction().kind().label(),
                                InteractionView.class,
                                InteractionView.parameters(r.interaction().id()))
                        : new Anchor(r.entry().path(), r.entry().kind()))
                .setHeader("Kind")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.interaction() == null
                        ? ""
                        : r.interaction().initiatedBy() == null
                                ? ""
                                : r.interaction().initiatedBy().label())
                .setHeader("Reached out")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.interaction() != null
                        ? String.join(", ", r.interaction().topics())
                        : r.entry().title())
                .setHeader("Topics or title")
                .setFlexGrow(2);
        grid.addColumn(r -> r.interaction() != null
                        ? r.interaction().excerpt()
                        : r.entry().detail())
                .setHeader("Notes")
                .setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Timeline of " + partnerName);
        grid.setEmptyStateText("Nothing logged with " + partnerName + " yet.");
        grid.setHeight("22rem");
        grid.setItems(query -> page(query.getOffset(), query.getLimit()).stream());
        add(new H2("Timeline"), toolbar, grid);
    }

    /** Rows [offset, offset + limit) of the merged timeline, newest first. */
    private List<TimelineRow> page(int offset, int limit) {
        TimelineKind chosen = kind.getValue();
        Topic chosenTopic = topic.getValue();
        List<TimelineRow> rows = new ArrayList<>();
        if (chosen == null || chosen.interactionKind() != null) {
            // Every interaction up to the end of the page: the merged order needs them all before it.
            interactions
                    .timeline(
                            partnerId,
                            chosen == null ? null : chosen.interactionKind(),
                            chosenTopic,
                            PageRequest.of(0, offset + limit))
                    .forEach(i -> rows.add(TimelineRow.of(i)));
        }
        for (PartnerTimelineSource source : sources) {
            if (chosen != null && !source.kind().equals(chosen.sourceKind())) {
                continue;
            }
            source.entries(partnerId).stream()
                    .filter(e -> chosenTopic == null
                            || (chosenTopic.isIssue() && e.issueIds().contains(chosenTopic.issueId())))
                    .forEach(e -> rows.add(TimelineRow.of(e)));
        }
        rows.sort(Comparator.comparing((TimelineRow r) -> r.at().toInstant()).reversed());
        return rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        savedListener = ComponentUtil.addListener(
                event.getUI(),
                InteractionSaved.class,
                e -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        savedListener.remove();
    }
}
