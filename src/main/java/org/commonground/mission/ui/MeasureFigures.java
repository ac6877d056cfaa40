package org.commonground.mission.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.commonground.mission.MeasureDetails;
import org.commonground.mission.MeasurementDetails;
import org.commonground.mission.Numbers;
import org.commonground.shared.Formats;

/**
 * One evaluation measure, read-only: whether it is on track, its target, the server-drawn chart against the
 * target and the same figures as a table. The partner portal shows measures this way; the mission page adds
 * its editing buttons around the same chart.
 */
public class MeasureFigures extends Div {

    public MeasureFigures(MeasureDetails measure) {
        addClassName("measure");
        Span progress = new Span(measure.progress().text());
        progress.addClassNames(
                "progress",
                switch (measure.progress().verdict()) {
                    case ON_TRACK -> "on-track";
                    case OFF_TRACK -> "off-track";
                    default -> "unknown";
                });
        Span target = new Span("Target: " + Numbers.withUnit(measure.targetValue(), measure.unit()) + " by "
                + Days.format(measure.targetDate()) + " · "
                + measure.direction().label());
        target.addClassName("muted");
        Div body = new Div();
        body.addClassName("measure-body");
        if (!measure.measurements().isEmpty()) {
            Div chart = new Div();
            chart.addClassName("measure-chart");
            chart.getElement()
                    .setProperty(
                            "innerHTML",
                            MeasureChart.svg(
                                    measure,
                                    measure.name() + " (" + measure.unit() + ") over time, against the target",
                                    MissionView.chartDescription(measure)));
            body.add(chart);
        }
        body.add(table(measure));
        add(new H3(measure.name()), new Div(progress), new Div(target), body);
    }

    private static NativeTable table(MeasureDetails measure) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setCaptionText("Measurements of " + measure.name() + " (" + measure.unit() + ")");
        NativeTableRow head = table.getHead().addRow();
        for (String header : List.of("Date", "Value", "Note")) {
            head.addHeaderCell().setText(header);
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        if (measure.measurements().isEmpty()) {
            var cell = table.getBody().addRow().addDataCell();
            cell.setText("No measurements yet.");
            cell.getElement().setAttribute("colspan", "3");
        }
        for (MeasurementDetails m : measure.measurements().reversed()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Days.format(m.date()));
            row.addDataCell().setText(Numbers.withUnit(m.value(), measure.unit()));
            row.addDataCell().setText(Formats.orDash(m.note()));
        }
        return table;
    }
}
