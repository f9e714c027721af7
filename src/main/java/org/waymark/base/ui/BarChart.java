package org.waymark.base.ui;

import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A horizontal bar chart drawn with plain HTML and CSS: a list whose items carry their number
 * as text, so screen readers and print get the figures, not just the bars.
 */
public class BarChart extends Div {

    public BarChart(String title, Map<String, Long> values) {
        addClassName("wm-bar-chart");
        add(new H3(title));
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        UnorderedList list = new UnorderedList();
        values.forEach((label, value) -> {
            Span name = new Span(label);
            name.addClassName("wm-bar-label");
            Div bar = new Div();
            bar.addClassName("wm-bar");
            bar.getStyle().set("width", (value * 100 / max) + "%");
            Span number = new Span(String.valueOf(value));
            number.addClassName("wm-bar-value");
            Div track = new Div(bar);
            track.addClassName("wm-bar-track");
            list.add(new ListItem(name, track, number));
        });
        add(list);
    }
}
