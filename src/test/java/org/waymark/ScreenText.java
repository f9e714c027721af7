package org.waymark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;

/** The text a part of the screen shows, read-only parts written as markup included (DD025). */
public final class ScreenText {

    private ScreenText() {
    }

    /** The component's text and the text of every markup part inside it. */
    public static String of(Component root) {
        StringBuilder text = new StringBuilder(root.getElement().getTextRecursively());
        for (Html markup : _find(root, Html.class)) {
            text.append('\n').append(Jsoup.parseBodyFragment(markup.getInnerHtml()).text());
        }
        return text.toString();
    }

    /** The elements matching the CSS query inside every markup part on the open page, in page order. */
    public static List<Element> select(String cssQuery) {
        List<Element> found = new ArrayList<>();
        for (Html markup : _find(Html.class)) {
            found.addAll(Jsoup.parseBodyFragment(markup.getInnerHtml()).select(cssQuery));
        }
        return found;
    }
}
