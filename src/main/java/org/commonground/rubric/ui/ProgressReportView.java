package org.commonground.rubric.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonground.rubric.NextStep;
import org.commonground.rubric.ProgressReport;
import org.commonground.rubric.ProgressReportPdf;
import org.commonground.rubric.RubricService;
import org.commonground.rubric.StrandTrend;
import org.commonground.security.Role;
import org.commonground.shared.Formats;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.ui.Feedback;
import org.commonground.shared.ui.FieldErrors;

/**
 * The progress report for a period the user chooses, as a print-friendly page and as a PDF: scores and stages
 * at the start and the end, highlights, next steps, and the trend of each strand.
 */
@Route("rubric/report")
@PageTitle("Progress report")
@RolesAllowed({Role.ADMIN_ROLE, Role.DIRECTOR_ROLE, Role.STAFF_ROLE})
public class ProgressReportView extends Main implements BeforeEnterObserver {

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Button show = new Button("Show report");
    final Div report = new Div();
    private final RubricService rubric;
    private final ProgressReportPdf pdf;

    public ProgressReportView(RubricService rubric, ProgressReportPdf pdf) {
        this.rubric = rubric;
        this.pdf = pdf;
        addClassName("page");
        addClassName("report-page");
        from.setMax(rubric.today());
        to.setMax(rubric.today());
        from.setRequired(true);
        to.setRequired(true);
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(ProgressReportView.class, query(from.getValue(), to.getValue()))));
        Button print =
                new Button("Print", VaadinIcon.PRINT.create(), e -> getElement().executeJs("window.print()"));
        Div tools = new Div(from, to, show, print);
        tools.addClassName("toolbar");
        tools.addClassName("no-print");
        report.setId("report");
        add(new H1("Progress report"), tools, report);
    }

    static QueryParameters query(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return QueryParameters.empty();
        }
        return QueryParameters.simple(Map.of("from", from.toString(), "to", to.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        LocalDate today = rubric.today();
        from.setValue(day(query.get("from"), today.minusYears(1)));
        to.setValue(day(query.get("to"), today));
        render();
    }

    private static LocalDate day(List<String> values, LocalDate fallback) {
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        try {
            return LocalDate.parse(values.getFirst());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private void render() {
        report.removeAll();
        from.setInvalid(false);
        to.setInvalid(false);
        ProgressReport data;
        try {
            data = rubric.report(from.getValue(), to.getValue());
        } catch (InvalidInputException e) {
            String rest = FieldErrors.show(e.fieldMessages(), Map.of("from", from, "to", to));
            if (!rest.isEmpty()) {
                Feedback.error(rest);
            }
            report.add(new Paragraph("Choose a period above to see its report."));
            return;
        }
        LocalDate start = data.from();
        LocalDate end = data.to();
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = pdf.render(rubric.report(start, end));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "progress-report-" + start + "-to-" + end + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                "Download as PDF");
        download.getElement().setAttribute("download", true);
        download.setId("report-pdf");
        download.addClassName("no-print");
        report.add(
                new H2(data.libraryName() + ": " + Formats.date(data.from()) + " to " + Formats.date(data.to())),
                download,
                scores(data),
                list(data.areas().stream()
                        .map(a -> a.area().title() + ": " + a.sentence() + ".")
                        .toList()),
                new H3("Highlights of the period"),
                list(
                        data.highlights().isEmpty()
                                ? List.of("No indicator was completed and no work was logged in " + "this period.")
                                : data.highlights()),
                new H3("Next steps"),
                nextSteps(data.nextSteps()),
                new H3("Trend, month by month"),
                trends(data.trend()));
    }

    private static Component scores(ProgressReport data) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setCaptionText("Scores and stages at the start and the end of the period");
        NativeTableRow head = table.getHead().addRow();
        for (String h : List.of("Strand", "Start", "End", "Change")) {
            head.addHeaderCell().setText(h);
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (ProgressReport.StrandLine line : data.strands()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell()
                    .setText(line.strand().areaTitle() + ": " + line.strand().title());
            row.addDataCell()
                    .setText(line.atStart().formatted() + " "
                            + line.atStart().stage().label());
            row.addDataCell()
                    .setText(line.atEnd().formatted() + " "
                            + line.atEnd().stage().label());
            row.addDataCell().setText(String.format(Locale.US, "%+.1f", line.change()));
        }
        return table;
    }

    private static Component nextSteps(List<NextStep> steps) {
        if (steps.isEmpty()) {
            return new Paragraph("Every indicator is complete.");
        }
        return list(steps.stream()
                .map(s -> s.strand().title() + ": " + s.indicator().shortText() + " ("
                        + s.finding().percent() + ")"
                        + (s.finding().missing() == null
                                ? ""
                                : ". Missing: " + s.finding().missing()))
                .toList());
    }

    private static Component list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private static Component trends(List<StrandTrend> trends) {
        Div grid = new Div();
        grid.addClassName("trend-grid");
        for (StrandTrend trend : trends) {
            Div chart = new Div();
            chart.addClassName("trend-chart");
            chart.getElement()
                    .setProperty(
                            "innerHTML",
                            TrendChart.svg(
                                    trend,
                                    trend.strand().title() + ": score by month",
                                    RubricDashboard.description(trend)));
            Div box = new Div(new H4(trend.strand().title()), chart, RubricDashboard.table(trend));
            box.addClassName("trend-card");
            grid.add(box);
        }
        return grid;
    }
}
