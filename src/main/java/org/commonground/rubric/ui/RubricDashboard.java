package org.commonground.rubric.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.commonground.rubric.AreaDefinition;
import org.commonground.rubric.Dashboard;
import org.commonground.rubric.NextStep;
import org.commonground.rubric.RubricService;
import org.commonground.rubric.StrandCard;
import org.commonground.rubric.StrandTrend;
import org.commonground.rubric.TrendPoint;
import org.commonground.shared.Formats;

/**
 * The rubric at a glance: every strand's score and stage with its change over 90 days, the next steps, and
 * each strand's trend over 24 months (a chart and the same figures as a table). Shown on the director's home
 * page and on the rubric page.
 */
public class RubricDashboard extends Div {

    private final RubricService rubric;

    public RubricDashboard(RubricService rubric, LocalDate asOf, boolean withTrend) {
        this.rubric = rubric;
        addClassName("rubric-dashboard");
        Dashboard dashboard = rubric.dashboard(asOf);
        for (AreaDefinition area : rubric.definition().areas()) {
            add(new H2(area.title()));
            Paragraph summary = new Paragraph(dashboard.area(area.key()).sentence() + ".");
            summary.addClassName("area-summary");
            summary.setId("area-" + area.key());
            add(summary);
            Div cards = new Div();
            cards.addClassName("strand-cards");
            dashboard.strands().stream()
                    .filter(c -> c.strand().areaKey().equals(area.key()))
                    .forEach(c -> cards.add(card(c, dashboard)));
            add(cards);
        }
        add(nextSteps(dashboard));
        if (withTrend) {
            add(trends(rubric.trend(dashboard.asOf()), dashboard.asOf()));
        }
    }

    private Component card(StrandCard card, Dashboard dashboard) {
        RouterLink title = new RouterLink(
                card.strand().title(),
                StrandView.class,
                StrandView.parameters(card.strand().key()));
        title.setQueryParameters(StrandView.asOf(dashboard.asOf(), rubric.today()));
        title.addClassName("strand-title");
        H3 heading = new H3(title);
        heading.addClassName("strand-heading");
        Span score = new Span(card.now().formatted());
        score.addClassName("figure");
        Span outOf = new Span(" out of 10 ");
        outOf.addClassName("visually-hidden");
        Span stage = new Span(card.now().stage().labelWithBand());
        stage.addClassName("stage");
        stage.addClassName("stage-" + card.now().stage().name().toLowerCase(Locale.ROOT));
        Span change = new Span(change(card.change()) + " since " + Formats.date(dashboard.comparedWith()));
        change.addClassName("change");
        change.addClassName(card.change() > 0 ? "up" : card.change() < 0 ? "down" : "same");
        Div box = new Div(heading, new Div(score, outOf, stage), change);
        box.addClassName("card");
        box.addClassName("strand-card");
        box.setId("strand-" + card.strand().key());
        return box;
    }

    static String change(double change) {
        if (change == 0) {
            return "No change";
        }
        double size = Math.abs(change);
        return (change > 0 ? "up " : "down ") + String.format(Locale.US, size < 0.1 ? "%.2f" : "%.1f", size);
    }

    private Component nextSteps(Dashboard dashboard) {
        Div section = new Div(new H2("Next steps"));
        section.setId("next-steps");
        if (dashboard.nextSteps().isEmpty()) {
            section.add(new Paragraph("Every indicator of every strand is complete. Keep the evidence current: it "
                    + "counts for its look-back window."));
            return section;
        }
        section.add(new Paragraph("The indicators closest to complete in the stage each strand is working on."));
        OrderedList list = new OrderedList();
        for (NextStep step : dashboard.nextSteps()) {
            RouterLink link = new RouterLink(
                    step.indicator().shortText(),
                    StrandView.class,
                    StrandView.parameters(step.strand().key()));
            link.setQueryParameters(StrandView.asOf(dashboard.asOf(), rubric.today()));
            Span where = new Span(" — " + step.strand().title() + ", "
                    + step.indicator().stage().label() + ": " + step.finding().percent() + " done. ");
            where.addClassName("muted");
            Span missing = new Span(
                    step.finding().missing() == null
                            ? ""
                            : "Still missing: " + step.finding().missing());
            list.add(new ListItem(link, where, missing));
        }
        section.add(list);
        return section;
    }

    private Component trends(List<StrandTrend> trends, LocalDate asOf) {
        Div section = new Div(new H2("Trend over the last 24 months"));
        section.setId("trends");
        Div grid = new Div();
        grid.addClassName("trend-grid");
        for (StrandTrend trend : trends) {
            H3 heading = new H3(trend.strand().title());
            Div chart = new Div();
            chart.addClassName("trend-chart");
            chart.getElement()
                    .setProperty(
                            "innerHTML",
                            TrendChart.svg(trend, trend.strand().title() + ": score by month", description(trend)));
            Details figures = new Details("Figures for " + trend.strand().title(), table(trend));
            Div box = new Div(heading, chart, figures);
            box.addClassName("trend-card");
            grid.add(box);
        }
        section.add(grid);
        return section;
    }

    static String description(StrandTrend trend) {
        TrendPoint first = trend.points().getFirst();
        TrendPoint last = trend.points().getLast();
        double low = trend.points().stream()
                .mapToDouble(p -> p.score().score())
                .min()
                .orElse(1);
        double high = trend.points().stream()
                .mapToDouble(p -> p.score().score())
                .max()
                .orElse(1);
        return "From " + first.score().formatted() + " ("
                + first.score().stage().label() + ") on "
                + Formats.date(first.date()) + " to " + last.score().formatted() + " ("
                + last.score().stage().label()
                + ") on " + Formats.date(last.date()) + "; lowest " + String.format(Locale.US, "%.1f", low)
                + ", highest " + String.format(Locale.US, "%.1f", high) + ". The figures follow in a table.";
    }

    static NativeTable table(StrandTrend trend) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setCaptionText(trend.strand().title() + ": score by month");
        NativeTableRow head = table.getHead().addRow();
        for (String header : List.of("Date", "Score", "Stage")) {
            head.addHeaderCell().setText(header);
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        for (TrendPoint point : trend.points().reversed()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Formats.date(point.date()));
            row.addDataCell().setText(point.score().formatted());
            row.addDataCell().setText(point.score().stage().label());
        }
        return table;
    }
}
