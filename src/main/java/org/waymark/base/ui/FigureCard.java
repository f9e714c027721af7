package org.waymark.base.ui;

import org.jsoup.nodes.Element;

import com.vaadin.flow.component.Html;

/**
 * One headline number with its label, e.g. "84 pupils on the register". Markup in one element
 * ({@link Markup}, DD026): a card of two labelled spans was five state nodes as components.
 */
public class FigureCard extends Html {

    public FigureCard(String label, long value) {
        super(markup(label, value));
    }

    private static String markup(String label, long value) {
        Element card = Markup.root("div").addClass("wm-figure");
        card.appendElement("span").addClass("wm-figure-value").text(String.valueOf(value));
        card.appendElement("span").addClass("wm-figure-label").text(label);
        return card.outerHtml();
    }
}
