package org.commonground.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonground.commitment.Balance;
import org.commonground.commitment.BalanceLine;
import org.commonground.commitment.CommitmentService;
import org.commonground.commitment.CommitmentUnit;
import org.commonground.partner.PartnerService;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.InvalidInputException;

/**
 * What the library gives and receives, per partner kind and per partner, over a chosen period: the
 * rubric's "all invest equally" at a glance. A chart per unit, and the same figures as tables.
 */
@Route("commitments/balance")
@PageTitle("Balance of commitments")
@Menu(order = 31, icon = "vaadin:scale", title = "Balance")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class BalanceView extends Main {

    enum Preset {
        LAST_12_MONTHS("Last 12 months", 1),
        LAST_3_YEARS("Last 3 years", 3),
        CUSTOM("Custom", 0);

        final String label;
        final int years;

        Preset(String label, int years) {
            this.label = label;
            this.years = years;
        }
    }

    final Select<Preset> preset = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final ComboBox<PartnerChoice> partner = new ComboBox<>("Partner");
    final Div results = new Div();
    private final CommitmentService commitments;
    private final LocalDate today;
    private boolean applyingPreset;

    public BalanceView(
            CommitmentService commitments, PartnerService partners, Clock clock, CommonGroundProperties properties) {
        this.commitments = commitments;
        this.today = LocalDate.now(clock.withZone(properties.timeZone()));
        addClassName("page");
        preset.setLabel("Period");
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(p -> p.label);
        preset.addValueChangeListener(e -> applyPreset(e.getValue()));
        from.addValueChangeListener(e -> periodEdited());
        to.addValueChangeListener(e -> periodEdited());
        partner.setItems(
                query -> partners.pick(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream()
                        .map(p -> new PartnerChoice(p.id(), p.name())));
        partner.setItemLabelGenerator(PartnerChoice::name);
        partner.setPlaceholder("All partners");
        partner.setClearButtonVisible(true);
        partner.addValueChangeListener(e -> refresh());
        Div filters = new Div(preset, from, to, partner);
        filters.addClassName("toolbar");
        Paragraph what = new Paragraph("Active and fulfilled commitments whose dates overlap the period, at their "
                + "full amount. Amounts are added up only within one unit.");
        what.addClassName("muted");
        add(new H1("Balance of commitments"), what, filters, results);
        preset.setValue(Preset.LAST_12_MONTHS);
    }

    private void applyPreset(Preset value) {
        if (value == null || value == Preset.CUSTOM) {
            return;
        }
        applyingPreset = true;
        from.setValue(today.minusYears(value.years).plusDays(1));
        to.setValue(today);
        applyingPreset = false;
        refresh();
    }

    private void periodEdited() {
        if (!applyingPreset) {
            preset.setValue(Preset.CUSTOM);
            refresh();
        }
    }

    void refresh() {
        results.removeAll();
        from.setInvalid(false);
        to.setInvalid(false);
        Balance balance;
        try {
            balance = commitments.balance(
                    from.getValue(),
                    to.getValue(),
                    partner.getValue() == null ? null : partner.getValue().id());
        } catch (InvalidInputException e) {
            DatePicker field = e.fieldMessages().containsKey("from") ? from : to;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        if (balance.byPartnerKind().isEmpty()) {
            Paragraph none = new Paragraph("No active or fulfilled commitments in this period. Choose a longer "
                    + "period, or record commitments on the Commitments page.");
            none.addClassName("empty-state");
            results.add(none);
            return;
        }
        results.add(new H2("By partner kind"));
        Map<CommitmentUnit, List<BalanceLine>> byUnit = new LinkedHashMap<>();
        balance.byPartnerKind().stream()
                .sorted(Comparator.comparing(BalanceLine::unit))
                .forEach(l ->
                        byUnit.computeIfAbsent(l.unit(), u -> new ArrayList<>()).add(l));
        byUnit.forEach((unit, lines) -> {
            String title = "Given and received, in " + unit.label();
            Div chart = new Div(
                    new H3(title.substring(0, 1).toUpperCase() + title.substring(1)),
                    BalanceChart.of(unit, lines, title + ", by partner kind"));
            chart.addClassName("chart-card");
            results.add(chart);
        });
        results.add(table("Balance by partner kind", "Partner kind", balance.byPartnerKind()));
        results.add(new H2("By partner"));
        results.add(partnerTable(balance));
    }

    /** Partners by name, loaded page by page: thousands of partners need not all come at once. */
    private Component partnerTable(Balance balance) {
        Grid<Balance.PartnerBalance> grid = new Grid<>(Balance.PartnerBalance.class, false);
        grid.addColumn(Balance.PartnerBalance::partnerName).setHeader("Partner").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(p -> lines(p, BalanceLine::givesLabel)))
                .setHeader(BalanceChart.GIVES)
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(p -> lines(p, BalanceLine::receivesLabel)))
                .setHeader(BalanceChart.RECEIVES)
                .setFlexGrow(2);
        grid.addColumn(p -> p.lines().stream().allMatch(BalanceLine::balanced) ? "Yes" : "No")
                .setHeader("Balanced (within 1:2)")
                .setAutoWidth(true);
        LocalDate start = balance.from();
        LocalDate end = balance.to();
        if (partner.getValue() != null) {
            grid.setItems(balance.byPartner()); // the chosen partner only
        } else {
            // The first page came with the balance; later ones are read as the user scrolls.
            grid.setItems(query -> query.getOffset() == 0
                    ? balance.byPartner().stream().limit(query.getLimit())
                    : commitments
                            .balanceByPartner(start, end, VaadinSpringDataHelpers.toSpringPageRequest(query))
                            .stream());
        }
        grid.setPageSize(50);
        grid.setAriaLabel("Balance by partner");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("32rem");
        return grid;
    }

    /** One line per kind: "Funding: $12,000". */
    private static Component lines(Balance.PartnerBalance partner, Function<BalanceLine, String> amount) {
        Div cell = new Div();
        partner.lines().forEach(l -> cell.add(new Div(l.kind().label() + ": " + amount.apply(l))));
        return cell;
    }

    private static Component table(String label, String groupHeader, List<BalanceLine> lines) {
        Grid<BalanceLine> grid = new Grid<>(BalanceLine.class, false);
        grid.addColumn(BalanceLine::group).setHeader(groupHeader).setFlexGrow(2);
        grid.addColumn(l -> l.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(BalanceLine::givesLabel).setHeader(BalanceChart.GIVES).setAutoWidth(true);
        grid.addColumn(BalanceLine::receivesLabel)
                .setHeader(BalanceChart.RECEIVES)
                .setAutoWidth(true);
        grid.addColumn(BalanceLine::commitments).setHeader("Commitments").setAutoWidth(true);
        grid.addColumn(l -> l.balanced() ? "Yes" : "No")
                .setHeader("Balanced (within 1:2)")
                .setAutoWidth(true);
        grid.setItems(lines);
        grid.setAriaLabel(label);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(lines.size() <= 20);
        if (lines.size() > 20) {
            grid.setHeight("32rem");
        }
        return grid;
    }
}
