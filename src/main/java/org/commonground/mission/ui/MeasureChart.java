package org.commonground.mission.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.util.List;
import org.commonground.mission.MeasureDetails;
import org.commonground.mission.MeasurementDetails;
import org.commonground.mission.Numbers;
import org.commonground.shared.ui.SvgChart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A measure's measurements as a line over time, drawn on the server as SVG, with the target as a
 * horizontal line and the target date marked. The SVG is an image with a title and a description;
 * the page puts the same figures in a table beside it.
 */
final class MeasureChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final Color LINE = new Color(0x1f, 0x5f, 0x8b);
    private static final Color TARGET = new Color(0x1b, 0x7a, 0x43);
    private static final Color TARGET_DATE = new Color(0x8a, 0x4b, 0x00);

    private MeasureChart() {}

    /** The SVG element, ready to put in the page. */
    static String svg(MeasureDetails measure, String title, String description) {
        TimeSeries series = new TimeSeries(measure.name());
        for (MeasurementDetails m : measure.measurements()) {
            series.addOrUpdate(day(m.date()), m.value());
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                null, null, measure.unit(), new TimeSeriesCollection(series), false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(renderer);

        double target = measure.targetValue().doubleValue();
        ValueMarker targetLine = new ValueMarker(
                target,
                TARGET,
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {8f, 4f}, 0f));
        targetLine.setLabel("Target " + Numbers.withUnit(measure.targetValue(), measure.unit()));
        targetLine.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        targetLine.setLabelPaint(TARGET);
        targetLine.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        targetLine.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(targetLine);

        long targetMillis = day(measure.targetDate()).getMiddleMillisecond();
        ValueMarker dateLine = new ValueMarker(
                targetMillis,
                TARGET_DATE,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f));
        dateLine.setLabel("Target date");
        dateLine.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        dateLine.setLabelPaint(TARGET_DATE);
        dateLine.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        dateLine.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(dateLine);

        fitRanges(plot, measure.measurements(), target, measure.targetDate());

        return SvgChart.svg(chart, WIDTH, HEIGHT, title, description, "measure-svg");
    }

    /** The axes take in the target and the target date too, not only the measurements. */
    private static void fitRanges(XYPlot plot, List<MeasurementDetails> values, double target, LocalDate targetDate) {
        double low = target;
        double high = target;
        LocalDate first = targetDate;
        LocalDate last = targetDate;
        for (MeasurementDetails m : values) {
            double v = m.value().doubleValue();
            low = Math.min(low, v);
            high = Math.max(high, v);
            first = m.date().isBefore(first) ? m.date() : first;
            last = m.date().isAfter(last) ? m.date() : last;
        }
        double pad = high == low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.12;
        ValueAxis range = plot.getRangeAxis();
        range.setRange(low - pad, high + pad);
        DateAxis domain = (DateAxis) plot.getDomainAxis();
        long from = day(first).getFirstMillisecond();
        long to = day(last).getLastMillisecond();
        long margin = Math.max((to - from) / 20, 86_400_000L * 7);
        domain.setRange(from - margin, to + margin);
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
