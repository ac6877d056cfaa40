package org.commonground.interaction.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import org.commonground.interaction.InteractionFilter;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.InteractionSummary;
import org.commonground.interaction.Named;
import org.commonground.interaction.Topic;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.security.Role;
import org.commonground.security.StaffMember;
import org.commonground.shared.Formats;
import org.commonground.shared.ui.CsvDownload;

/** Every logged interaction, newest first, filtered and searched in the database. */
@Route("interactions")
@PageTitle("Interactions")
@Menu(order = 20, icon = "vaadin:comments-o", title = "Interactions")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class InteractionsView extends Main {

    final TextField text = new TextField("Search notes");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<PartnerKind> partnerKind = new ComboBox<>("Partner kind");
    final ComboBox<Named> partner = new ComboBox<>("Partner");
    final ComboBox<Topic> topic = new ComboBox<>("Topic");
    final ComboBox<InteractionKind> kind = new ComboBox<>("Kind");
    final ComboBox<StaffMember> staff = new ComboBox<>("Staff present");
    final Span count = new Span();
    final Grid<InteractionSummary> grid = new Grid<>(InteractionSummary.class, false);
    private final InteractionService interactions;
    final Button countButton = new Button("Count them");
    private Registration savedListener;

    public InteractionsView(InteractionService interactions, PartnerService partners) {
        addClassName("page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");

        text.setPlaceholder("Words in the notes");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        partnerKind.setItems(PartnerKind.values());
        partnerKind.setItemLabelGenerator(PartnerKind::label);
        partner.setItems(
                query -> partners.pick(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream()
                        .map(p -> new Named(p.id(), p.name())));
        partner.setItemLabelGenerator(Named::name);
        topic.setItems(interactions.topics());
        topic.setItemLabelGenerator(Topic::label);
        kind.setItems(InteractionKind.values());
        kind.setItemLabelGenerator(InteractionKind::label);
        staff.setItems(partners.possibleOwners());
        staff.setItemLabelGenerator(StaffMember::displayName);
        for (var field : new HasValue<?, ?>[] {text, from, to, partnerKind, partner, topic, kind, staff}) {
            field.addValueChangeListener(e -> refresh());
        }
        for (ComboBox<?> box : new ComboBox<?>[] {partnerKind, partner, topic, kind, staff}) {
            box.setClearButtonVisible(true);
            box.setPlaceholder("Any");
        }
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);

        Div filters = new Div(text, from, to, partnerKind, partner, topic, kind, staff);
        filters.addClassName("toolbar");
        count.addClassName("muted");
        count.setId("interaction-count");

        grid.addColumn(i -> Formats.date(i.at()))
                .setHeader("Date")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(i -> new RouterLink(
                        i.kind().label(),
                        InteractionView.class,
                        new RouteParameters(InteractionView.ID, String.valueOf(i.id())))))
                .setHeader("Kind")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(i -> String.join(", ", i.partners()))
                .setHeader("Partners")
                .setFlexGrow(2);
        grid.addColumn(i -> String.join(", ", i.topics())).setHeader("Topics").setFlexGrow(2);
        grid.addColumn(InteractionSummary::excerpt).setHeader("Notes").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Interactions");
        grid.setEmptyStateText("No interactions match. Clear a filter, or log one with “Log interaction”.");
        grid.setPageSize(50);
        grid.addItemClickListener(e -> e.getSource()
                .getUI()
                .ifPresent(ui -> ui.navigate(
                        InteractionView.class,
                        InteractionView.parameters(e.getItem().id()))));
        grid.getStyle().set("flex-grow", "1");
        this.interactions = interactions;
        grid.setItems(
                query -> interactions.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        countButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        countButton.addClickListener(e -> showCount());
        Div summary =
                new Div(count, countButton, CsvDownload.link("export-interactions", "interactions", this::export));
        summary.addClassName("inline-with-button");
        add(filters, summary, grid);
        refresh();
    }

    /** The export link's content: what the list shows with its current filters. */
    void export(OutputStream out) {
        interactions.export(filter(), out);
    }

    InteractionFilter filter() {
        return new InteractionFilter(
                from.getValue(),
                to.getValue(),
                partnerKind.getValue(),
                partner.getValue() == null ? null : partner.getValue().id(),
                topic.getValue(),
                kind.getValue(),
                staff.getValue() == null ? null : staff.getValue().id(),
                text.getValue());
    }

    /**
     * The list shows the newest first and grows as the user scrolls; it counts only on request,
     * since an exact count reads every match while a page stops after 50.
     */
    private void refresh() {
        count.setText("Newest first");
        countButton.setVisible(true);
        grid.getDataProvider().refreshAll();
    }

    private void showCount() {
        long total = interactions.count(filter());
        count.setText(
                total == 1 ? "1 interaction, newest first" : String.format("%,d interactions, newest first", total));
        countButton.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        savedListener = ComponentUtil.addListener(event.getUI(), InteractionSaved.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        savedListener.remove();
    }
}
