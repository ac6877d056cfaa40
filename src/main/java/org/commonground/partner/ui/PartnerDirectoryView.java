package org.commonground.partner.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerFilter;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerStatus;
import org.commonground.partner.PartnerSummary;
import org.commonground.partner.VettingFilter;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.ui.Ago;
import org.commonground.shared.ui.CsvDownload;

/** The partner directory: a lazily loaded grid, searched and filtered in the database. */
@Route("partners")
@PageTitle("Partners")
@Menu(order = 10, icon = "vaadin:handshake", title = "Partners")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class PartnerDirectoryView extends Main {

    final TextField search = new TextField();
    final ComboBox<PartnerKind> kind = new ComboBox<>("Kind");
    final ComboBox<GovernmentKind> governmentKind = new ComboBox<>("Government body");
    final ComboBox<PartnerStatus> status = new ComboBox<>("Status");
    final Select<VettingFilter> vetting = new Select<>();
    final Span count = new Span();
    final Grid<PartnerSummary> grid = new Grid<>(PartnerSummary.class, false);

    private final PartnerService partners;

    public PartnerDirectoryView(PartnerService partners, CommonGroundProperties properties, Clock clock) {
        this.partners = partners;
        addClassName("page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");

        search.setLabel("Search");
        search.setPlaceholder("Partner name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(PartnerKind::label);
        kind.setClearButtonVisible(true);
        kind.setPlaceholder("All kinds");
        kind.addValueChangeListener(e -> {
            governmentKind.setVisible(e.getValue() == PartnerKind.GOVERNMENT);
            if (e.getValue() != PartnerKind.GOVERNMENT) {
                governmentKind.clear();
            }
            refresh();
        });
        governmentKind.setItems(GovernmentKind.values());
        governmentKind.setItemLabelGenerator(GovernmentKind::label);
        governmentKind.setClearButtonVisible(true);
        governmentKind.setPlaceholder("All");
        governmentKind.setVisible(false);
        governmentKind.addValueChangeListener(e -> refresh());
        status.setItems(PartnerStatus.values());
        status.setItemLabelGenerator(PartnerStatus::label);
        status.setClearButtonVisible(true);
        status.setPlaceholder("Any status");
        status.addValueChangeListener(e -> refresh());
        vetting.setLabel("Vetting");
        vetting.setItems(VettingFilter.values());
        vetting.setItemLabelGenerator(VettingFilter::label);
        vetting.setValue(VettingFilter.ANY);
        vetting.addValueChangeListener(e -> refresh());

        Button create = new Button(
                "New partner",
                VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(PartnerEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        create.setTooltipText("Alt+N");

        Div toolbar = new Div(
                search,
                kind,
                governmentKind,
                status,
                vetting,
                create,
                CsvDownload.link("export-partners", "partners", this::export));
        var contactsLink = CsvDownload.link("export-contacts", "contacts", this::exportContacts);
        contactsLink.setText("");
        contactsLink.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Export their contacts"));
        contactsLink.getElement().setAttribute("title", "Download the contacts of the partners the list shows");
        toolbar.add(contactsLink);
        toolbar.addClassName("toolbar");
        count.addClassName("muted");
        count.setId("partner-count");

        grid.addColumn(new ComponentRenderer<>(
                        p -> new RouterLink(p.name(), PartnerDetailView.class, PartnerDetailView.parameters(p.id()))))
                .setHeader("Name")
                .setKey("name")
                .setSortProperty("name")
                .setFlexGrow(3)
                .setAutoWidth(false);
        grid.addColumn(PartnerSummary::kindLabel)
                .setHeader("Kind")
                .setKey("kind")
                .setSortProperty("kind")
                .setFlexGrow(2);
        grid.addColumn(p -> p.status().label())
                .setHeader("Status")
                .setKey("status")
                .setSortProperty("status")
                .setFlexGrow(1);
        grid.addColumn(p -> Formats.orDash(p.relationshipOwner()))
                .setHeader("Relationship owner")
                .setKey("owner")
                .setFlexGrow(2);
        grid.addColumn(p -> Ago.lastContact(p.lastContactAt(), properties.timeZone(), clock))
                .setHeader("Last contact")
                .setKey("lastContactAt")
                .setSortProperty("lastContactAt")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No partners match these filters. Clear the search or filters, or add a new partner.");
        grid.setAriaLabel("Partners");
        grid.setMultiSort(false);
        grid.getStyle().set("flex-grow", "1");
        grid.setPageSize(50);
        grid.setItems(
                query -> partners.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> showCount(partners.count(filter())));

        add(toolbar, count, grid);
    }

    /** The export links' content: the partners, or their contacts, with the current filters. */
    void export(OutputStream out) {
        partners.export(filter(), out);
    }

    void exportContacts(OutputStream out) {
        partners.exportContacts(filter(), out);
    }

    PartnerFilter filter() {
        return new PartnerFilter(
                search.getValue(),
                kind.getValue(),
                governmentKind.getValue(),
                status.getValue(),
                null,
                vetting.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The grid asks for the count once per refresh; the same figure labels the list. */
    private int showCount(long total) {
        count.setText(total == 1 ? "1 partner" : total + " partners");
        return (int) total;
    }
}
