package org.commonground.shared.ui;

import com.vaadin.flow.component.html.Div;
import java.awt.Rectangle;
import java.util.concurrent.atomic.AtomicLong;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A JFreeChart drawn on the server as inline SVG, announced to screen readers as one image with a
 * title and a description. The data itself must also be shown as a table next to it.
 */
public final class SvgChart {

    private static final AtomicLong IDS = new AtomicLong();

    private SvgChart() {}

    /**
     * The chart in a div. The SVG goes in as the div's inner HTML, so the browser's own parser builds real SVG
     * elements (a server-side HTML parser would lower-case {@code viewBox} and the chart would not scale).
     */
    public static Div of(JFreeChart chart, int width, int height, String title, String description) {
        Div holder = new Div();
        holder.addClassName("chart-holder");
        holder.getElement().setProperty("innerHTML", svg(chart, width, height, title, description, "chart"));
        return holder;
    }

    /**
     * The chart as an SVG element string. Ids (the element's, its title's, its clip paths') are unique
     * per call, so several charts can share a page.
     */
    public static String svg(
            JFreeChart chart, int width, int height, String title, String description, String cssClass) {
        String id = "chart-" + IDS.incrementAndGet();
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        graphics.setDefsKeyPrefix(id + "-");
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        String svg = graphics.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
        int tagEnd = svg.indexOf('>');
        return svg.substring(0, tagEnd) + " role=\"img\" focusable=\"false\" class=\"" + cssClass
                + "\" aria-labelledby=\"" + id + "-title\" aria-describedby=\"" + id + "-desc\">" + "<title id=\"" + id
                + "-title\">"
                + escape(title) + "</title><desc id=\"" + id + "-desc\">" + escape(description) + "</desc>"
                + svg.substring(tagEnd + 1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
