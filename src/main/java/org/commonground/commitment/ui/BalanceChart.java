package org.commonground.commitment.ui;

import com.vaadin.flow.component.html.Div;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.stream.Collectors;
import org.commonground.commitment.BalanceLine;
import org.commonground.commitment.CommitmentUnit;
import org.commonground.shared.ui.SvgChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One unit's balance as horizontal bars: per group, what the library gives beside what it receives.
 * One chart per unit, so bars of dollars and of hours never share an axis.
 */
final class BalanceChart {

    static final String GIVES = "Library gives";
    static final String RECEIVES = "Library receives";
    /** Blue and orange stay apart for the common colour-vision deficiencies. */
    private static final Color GIVES_COLOR = new Color(0x1A, 0x5F, 0xB4);

    private static final Color RECEIVES_COLOR = new Color(0xD0, 0x6B, 0x00);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private BalanceChart() {}

    /** @param lines lines of one unit */
    static Div of(CommitmentUnit unit, List<BalanceLine> lines, String title) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BalanceLine line : lines) {
            String category = category(line, lines);
            data.addValue(line.libraryGives(), GIVES, category);
            data.addValue(line.libraryReceives(), RECEIVES, category);
        }
        CategoryAxis groups = new CategoryAxis();
        groups.setTickLabelFont(FONT);
        groups.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis amounts = new NumberAxis(capitalized(unit.label()));
        amounts.setLabelFont(FONT);
        amounts.setTickLabelFont(FONT);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, GIVES_COLOR);
        bars.setSeriesPaint(1, RECEIVES_COLOR);
        bars.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, groups, amounts, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        JFreeChart chart = new JFreeChart(null, FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(FONT);
        legend.setPosition(RectangleEdge.TOP);
        int height = 70 + 46 * lines.size();
        return SvgChart.of(chart, 640, height, title, description(lines));
    }

    private static String category(BalanceLine line, List<BalanceLine> lines) {
        boolean severalKinds = lines.stream().map(BalanceLine::kind).distinct().count() > 1;
        return severalKinds ? line.group() + " · " + line.kind().label() : line.group();
    }

    /** The figures in words, for a screen reader's description of the image. */
    private static String description(List<BalanceLine> lines) {
        return lines.stream()
                        .map(l -> category(l, lines) + ": library gives " + l.givesLabel() + ", receives "
                                + l.receivesLabel())
                        .collect(Collectors.joining("; "))
                + ".";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
