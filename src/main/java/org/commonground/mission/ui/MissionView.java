package org.commonground.mission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonground.history.ui.HistoryList;
import org.commonground.mission.Direction;
import org.commonground.mission.MeasureDetails;
import org.commonground.mission.MeasureForm;
import org.commonground.mission.MeasurementDetails;
import org.commonground.mission.MissionDetails;
import org.commonground.mission.MissionService;
import org.commonground.mission.MissionStatus;
import org.commonground.mission.Numbers;
import org.commonground.mission.Signatory;
import org.commonground.security.Role;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.RecordPage;

/**
 * One shared mission: its statement, issue and signatories, its status with the next step, its
 * evaluation measures (each a chart against the target and a table), what other features add
 * (interactions tagged with it, commitments) and its history.
 */
@Route("missions/:missionId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class MissionView extends RecordPage<MissionDetails> {

    static final String ID = "missionId";

    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button adopt = new Button("Adopt…", VaadinIcon.CHECK.create());
    final Button retire = new Button("Retire…", VaadinIcon.ARCHIVE.create());
    final Button addMeasure = new Button("Add measure", VaadinIcon.PLUS.create());
    /** Per measure, in page order: its "Add measurement" button and its data table. */
    final List<Button> addMeasurement = new ArrayList<>();

    final List<NativeTable> tables = new ArrayList<>();

    private final MissionService missions;
    private final CommonGroundProperties properties;
    private final List<MissionPageSection> sections;
    private MissionDetails mission;

    public MissionView(MissionService missions, CommonGroundProperties properties, List<MissionPageSection> sections) {
        super(ID, "Shared mission");
        this.missions = missions;
        this.properties = properties;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(MissionPageSection::order))
                .toList();
        addClassName("mission-page");
        edit.addClickListener(e -> new MissionDialog(
                        missions, missions.formFor(mission.id()), mission.id(), mission.status(), id -> reload())
                .open());
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adopt.addClickListener(e -> new AdoptDialog(missions, mission, this::reload).open());
        retire.addClickListener(e -> confirmRetire());
        addMeasure.addClickListener(e -> new MeasureDialog(
                        missions,
                        mission.id(),
                        null,
                        MeasureForm.of("", "", Direction.HIGHER, null, null),
                        this::reload)
                .open());
    }

    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    protected MissionDetails load(long id) {
        return missions.get(id);
    }

    @Override
    protected String title(MissionDetails mission) {
        return "Shared mission: " + mission.title();
    }

    @Override
    protected Class<? extends Component> listView() {
        return MissionsView.class;
    }

    @Override
    protected void render(MissionDetails mission) {
        this.mission = mission;
        addMeasurement.clear();
        tables.clear();
        Span status = new Span(statusLine());
        status.addClassName("muted");
        status.setId("mission-status");
        adopt.setVisible(mission.status() == MissionStatus.DRAFT);
        retire.setVisible(mission.status() == MissionStatus.ADOPTED);
        HorizontalLayout actions =
                new HorizontalLayout(edit, adopt, retire, new RouterLink("All shared missions", MissionsView.class));
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        Paragraph statement = new Paragraph(mission.statement());
        statement.addClassName("notes");
        statement.setId("mission-statement");

        add(new H1(mission.title()), status, actions, new H2("Statement"), statement, details(), measures());
        sections.forEach(section -> add(section.render(mission)));
        add(historySection());
    }

    private String statusLine() {
        return switch (mission.status()) {
                    case DRAFT -> "Draft · not yet adopted";
                    case ADOPTED -> "Adopted on " + Days.format(mission.adoptionDate());
                    case RETIRED -> "Retired · adopted on " + Days.format(mission.adoptionDate());
                }
                + " · " + mission.issue();
    }

    private Component details() {
        DescriptionList list = new DescriptionList();
        term(list, "Community issue", new Span(mission.issue()));
        term(list, "Status", new Span(mission.status().label()));
        term(list, "Adoption date", new Span(Days.format(mission.adoptionDate())));
        term(list, "Owner", new Span(mission.owner()));
        Div signatories = new Div();
        signatories.addClassName("signatories");
        for (Signatory s : mission.signatories()) {
            Anchor link = new Anchor("partners/" + s.id(), s.name());
            Span kind = new Span(" (" + s.kind() + ")");
            kind.addClassName("muted");
            signatories.add(new Div(link, kind));
        }
        term(list, "Signatory partners", signatories);
        term(
                list,
                "Created",
                new Span(Formats.dateTime(mission.createdAt(), properties.timeZone()) + " by "
                        + Formats.orDash(mission.createdBy())));
        term(
                list,
                "Last changed",
                new Span(Formats.dateTime(mission.updatedAt(), properties.timeZone()) + " by "
                        + Formats.orDash(mission.updatedBy())));
        Div box = new Div(new H2("About"), list);
        box.addClassName("details");
        return box;
    }

    private static void term(DescriptionList list, String term, Component value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private Component measures() {
        Div section = new Div(new H2("Evaluation measures"));
        section.setId("measures");
        if (mission.measures().isEmpty()) {
            section.add(new Paragraph("No measures yet. Add how the partners will know the mission is working: "
                    + "a figure, its unit, a target and a date."));
        }
        mission.measures().forEach(m -> section.add(measure(m)));
        section.add(addMeasure);
        return section;
    }

    private Component measure(MeasureDetails measure) {
        H3 heading = new H3(measure.name());
        Span progress = new Span(measure.progress().text());
        progress.addClassName("progress");
        progress.addClassName(
                switch (measure.progress().verdict()) {
                    case ON_TRACK -> "on-track";
                    case OFF_TRACK -> "off-track";
                    default -> "unknown";
                });
        Span target = new Span("Target: " + Numbers.withUnit(measure.targetValue(), measure.unit()) + " by "
                + Days.format(measure.targetDate()) + " · "
                + measure.direction().label());
        target.addClassName("muted");
        Button add = new Button(
                "Add measurement",
                VaadinIcon.PLUS.create(),
                e -> new MeasurementDialog(missions, measure, null, this::reload).open());
        add.setAriaLabel("Add measurement of " + measure.name());
        addMeasurement.add(add);
        Button editMeasure = new Button(
                "Edit measure",
                VaadinIcon.EDIT.create(),
                e -> new MeasureDialog(
                                missions,
                                mission.id(),
                                measure.id(),
                                missions.measureFormFor(measure.id()),
                                this::reload)
                        .open());
        editMeasure.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        editMeasure.setAriaLabel("Edit measure " + measure.name());
        HorizontalLayout buttons = new HorizontalLayout(add, editMeasure);

        Div body = new Div();
        body.addClassName("measure-body");
        if (!measure.measurements().isEmpty()) {
            Div chart = new Div();
            chart.addClassName("measure-chart");
            chart.getElement()
                    .setProperty(
                            "innerHTML", MeasureChart.svg(measure, chartTitle(measure), chartDescription(measure)));
            body.add(chart);
        }
        body.add(table(measure));
        Div box = new Div(heading, new Div(progress), new Div(target), buttons, body);
        box.addClassName("measure");
        return box;
    }

    private static String chartTitle(MeasureDetails measure) {
        return measure.name() + " (" + measure.unit() + ") over time, against the target";
    }

    static String chartDescription(MeasureDetails measure) {
        List<MeasurementDetails> values = measure.measurements();
        MeasurementDetails first = values.getFirst();
        MeasurementDetails last = values.getLast();
        return values.size() + (values.size() == 1 ? " measurement" : " measurements") + ", from "
                + Numbers.withUnit(first.value(), measure.unit()) + " on " + Days.format(first.date()) + " to "
                + Numbers.withUnit(last.value(), measure.unit()) + " on " + Days.format(last.date()) + ". Target "
                + Numbers.withUnit(measure.targetValue(), measure.unit()) + " by "
                + Days.format(measure.targetDate()) + " ("
                + measure.direction().label().toLowerCase() + "). "
                + measure.progress().text() + ". The table that follows lists every measurement.";
    }

    private NativeTable table(MeasureDetails measure) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setCaptionText("Measurements of " + measure.name() + " (" + measure.unit() + ")");
        NativeTableRow head = table.getHead().addRow();
        for (String header : List.of("Date", "Value", "Note", "Actions")) {
            head.addHeaderCell().setText(header);
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        if (measure.measurements().isEmpty()) {
            NativeTableRow row = table.getBody().addRow();
            var cell = row.addDataCell();
            cell.setText("No measurements yet.");
            cell.getElement().setAttribute("colspan", "4");
        }
        for (MeasurementDetails m : measure.measurements().reversed()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Days.format(m.date()));
            row.addDataCell().setText(Numbers.withUnit(m.value(), measure.unit()));
            row.addDataCell().setText(Formats.orDash(m.note()));
            Button change = new Button(
                    VaadinIcon.EDIT.create(), e -> new MeasurementDialog(missions, measure, m, this::reload).open());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            change.setAriaLabel("Edit the measurement of " + Days.format(m.date()));
            change.setTooltipText("Edit");
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(measure, m));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel("Delete the measurement of " + Days.format(m.date()));
            delete.setTooltipText("Delete");
            row.addDataCell().add(change, delete);
        }
        tables.add(table);
        return table;
    }

    private void confirmDelete(MeasureDetails measure, MeasurementDetails m) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete this measurement?");
        confirm.setText(new Paragraph(measure.name() + ": " + Numbers.withUnit(m.value(), measure.unit()) + " on "
                + Days.format(m.date()) + " will be deleted. The deletion is recorded in the history."));
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                missions.deleteMeasurement(m.id(), m.version());
                Feedback.saved("Measurement deleted.");
            } catch (StaleRecordException | RecordNotFoundException ex) {
                Feedback.error(ex.getMessage());
            }
            reload();
        });
        confirm.open();
    }

    private void confirmRetire() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Retire this mission?");
        confirm.setText(new Paragraph("A retired mission stays on record with its measures, but cannot be adopted "
                + "again or tagged on new interactions."));
        confirm.setCancelable(true);
        confirm.setConfirmText("Retire");
        confirm.addConfirmListener(e -> {
            try {
                missions.retire(mission.id(), mission.version());
                Feedback.saved("The mission is retired.");
            } catch (InvalidInputException ex) {
                Feedback.error(String.join(" ", ex.fieldMessages().values()));
            } catch (StaleRecordException | RecordNotFoundException ex) {
                Feedback.error(ex.getMessage());
            }
            reload();
        });
        confirm.open();
    }

    /** Closed by default: it is there when someone asks "who changed this?". */
    private Component historySection() {
        return HistoryList.section(() -> missions.history(mission.id()), properties.timeZone());
    }
}
