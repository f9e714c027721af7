package org.waymark.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One headline number with its label, e.g. "84 pupils on the register". */
public class FigureCard extends Div {

    public FigureCard(String label, long value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("wm-figure-value");
        Span text = new Span(label);
        text.addClassName("wm-figure-label");
        add(number, text);
        addClassName("wm-figure");
    }
}
