package org.waymark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import java.util.List;

import org.jsoup.Jsoup;

import com.vaadin.flow.component.Html;

/** The menu's entries as the browser gets them: the shell writes them as markup in one element (DD025). */
public final class MenuItems {

    private MenuItems() {
    }

    /** The labels of the menu's entries, in order. */
    public static List<String> labels() {
        return items().stream().map(org.jsoup.nodes.Element::text).toList();
    }

    /** The menu's entries: {@code vaadin-side-nav-item} elements with their path, icon and label. */
    public static List<org.jsoup.nodes.Element> items() {
        List<Html> menus = _find(Html.class).stream()
                .filter(h -> h.getElement().getTag().equals("vaadin-side-nav")).toList();
        if (menus.size() != 1) {
            throw new AssertionError("expected one menu, found " + menus.size());
        }
        return Jsoup.parseBodyFragment(menus.getFirst().getInnerHtml()).select("vaadin-side-nav-item");
    }
}
