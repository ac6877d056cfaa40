package org.commonground.rubric.ui;

import org.commonground.rubric.StrandTrend;
import org.commonground.rubric.TrendCharts;
import org.commonground.shared.ui.SvgChart;

/** A strand's trend as inline SVG for the pages (see {@link TrendCharts}). */
final class TrendChart {

    static final int WIDTH = 520;
    static final int HEIGHT = 220;

    private TrendChart() {}

    static String svg(StrandTrend trend, String title, String description) {
        return SvgChart.svg(TrendCharts.of(trend), WIDTH, HEIGHT, title, description, "trend-svg");
    }
}
