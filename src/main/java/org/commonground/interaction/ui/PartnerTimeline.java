package org.commonground.interaction.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.InteractionSummary;
import org.commonground.interaction.Topic;

/** A partner's interactions, newest first, filterable by kind and topic, loaded page by page. */
class PartnerTimeline extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);

    final ComboBox<InteractionKind> kind = new ComboBox<>("Kind");
    final ComboBox<Topic> topic = new ComboBox<>("Topic");
    final Grid<InteractionSummary> grid = new Grid<>(InteractionSummary.class, false);
    private Registration savedListener;

    PartnerTimeline(InteractionService interactions, InteractionDialogs dialogs, long partnerId, String partnerName) {
        setId("timeline");
        Button log = new Button("Log interaction with " + partnerName, VaadinIcon.PLUS.create(),
                e -> dialogs.logNew(partnerId));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        kind.setItems(InteractionKind.values());
        kind.setItemLabelGenerator(InteractionKind::label);
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

        grid.addColumn(i -> DAY.format(i.at())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> new RouterLink(i.kind().label(), InteractionView.class,
                InteractionView.parameters(i.id()))).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.initiatedBy() == null ? "" : i.initiatedBy().label()).setHeader("Reached out")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> String.join(", ", i.topics())).setHeader("Topics").setFlexGrow(2);
        grid.addColumn(InteractionSummary::excerpt).setHeader("Notes").setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Timeline of " + partnerName);
        grid.setEmptyStateText("Nothing logged with " + partnerName + " yet.");
        grid.setHeight("22rem");
        grid.setItems(query -> interactions.timeline(partnerId, kind.getValue(), topic.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(new H2("Timeline"), toolbar, grid);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        savedListener = ComponentUtil.addListener(event.getUI(), InteractionSaved.class,
                e -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        savedListener.remove();
    }
}
