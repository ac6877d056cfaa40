package org.commonground.rubric;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A strand's score over time as a line on the 1–10 scale with the three stage bands shaded and named: drawn
 * as SVG on the pages and into the PDF report. Whoever shows it also shows the figures as a table.
 */
public final class TrendCharts {

    private static final Color LINE = new Color(0x1f, 0x5f, 0x8b);
    private static final Color[] BANDS = {
        new Color(0xf3, 0xf0, 0xe8), new Color(0xe8, 0xf0, 0xf6), new Color(0xe6, 0xf2, 0xea)
    };
    private static final Color BAND_TEXT = new Color(0x4a, 0x4a, 0x4a);

    private TrendCharts() {}

    public static JFreeChart of(StrandTrend trend) {
        TimeSeries series = new TimeSeries(trend.strand().title());
        for (TrendPoint point : trend.points()) {
            series.addOrUpdate(day(point.date()), point.score().score());
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                null, null, "Score", new TimeSeriesCollection(series), false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(1, 10);
        range.setTickUnit(new NumberTickUnit(1));
        // Aware is 1 up to 5 (4.9 is still Aware), Intentional 5 up to 8, Purposeful 8 to 10.
        int[][] bands = {{1, 5}, {5, 8}, {8, 10}};
        for (Stage stage : Stage.values()) {
            int[] band = bands[stage.ordinal()];
            IntervalMarker marker = new IntervalMarker(band[0], band[1], BANDS[stage.ordinal()]);
            marker.setLabel(stage.label());
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelPaint(BAND_TEXT);
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(renderer);
        return chart;
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
