package org.waymark.base.ui;

import java.util.Map;

import org.jsoup.nodes.Element;

import com.vaadin.flow.component.Html;

/**
 * A horizontal bar chart drawn with plain HTML and CSS: a list whose items carry their number
 * as text, so screen readers and print get the figures, not just the bars. Written as markup in
 * one element ({@link Markup}, DD025): seven state nodes a bar before.
 */
public class BarChart extends Html {

    public BarChart(String title, Map<String, Long> values) {
        super(markup(title, values).outerHtml());
    }

    static Element markup(String title, Map<String, Long> values) {
        Element chart = Markup.root("div").addClass("wm-bar-chart");
        chart.appendElement("h3").text(title);
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        Element list = chart.appendElement("ul");
        values.forEach((label, value) -> {
            Element item = list.appendElement("li");
            item.appendElement("span").addClass("wm-bar-label").text(label);
            item.appendElement("div").addClass("wm-bar-track")
                    .appendElement("div").addClass("wm-bar").attr("style", "width: " + (value * 100 / max) + "%;");
            item.appendElement("span").addClass("wm-bar-value").text(String.valueOf(value));
        });
        return chart;
    }
}
