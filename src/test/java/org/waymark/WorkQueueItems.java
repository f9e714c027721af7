package org.waymark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import com.vaadin.flow.component.Html;

/** The home's work queue as the browser gets it: the home writes it as markup in one element (DD026). */
public final class WorkQueueItems {

    private WorkQueueItems() {
    }

    /** The queue's section on the open page, parsed. */
    public static Element panel() {
        List<Html> panels = _find(Html.class).stream().filter(h -> h.getId().filter("home-work"::equals).isPresent()).toList();
        if (panels.size() != 1) {
            throw new AssertionError("expected one work queue, found " + panels.size());
        }
        return Jsoup.parseBodyFragment(panels.getFirst().getInnerHtml()).body();
    }

    /** The item's link ({@code a} with its {@code href} and text), if the queue shows it. */
    public static Optional<Element> link(String id) {
        return Optional.ofNullable(panel().getElementById("work-" + id));
    }

    /** The queue's lines in order ({@code li}, with the urgency as a class). */
    public static List<Element> lines() {
        return panel().select("ol.wm-work-items > li");
    }
}
