package org.waymark.base.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vaadin.flow.component.Html;

/**
 * Read-only parts of a page written as markup into one element (DD025): the browser gets the same
 * elements as from Vaadin's components, but the server keeps one state node for all of them
 * instead of one or more for each element and text. Built with jsoup, so every text and
 * attribute is escaped. For parts nobody edits or clicks on the server: links navigate in the
 * browser, and anything with a server listener stays a component.
 */
public final class Markup {

    private Markup() {
    }

    /** A new root element to build on; {@link #of} turns it into a component. */
    public static Element root(String tag) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        return page.body().appendElement(tag);
    }

    /** The element and everything in it, as one component. */
    public static Html of(Element root) {
        return new Html(root.outerHtml());
    }
}
