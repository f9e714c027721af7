package org.waymark.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

/**
 * Grid cells drawn by the browser from a template instead of a server-side component per row.
 * A component in each cell of a list page cost about a kilobyte of session memory per row and
 * visible page (measured in docs/performance.md); these templates send only the row's values.
 * Lit escapes the values, so names cannot inject markup.
 */
public final class GridCells {

    private GridCells() {
    }

    /**
     * A link to a view with one route parameter. The {@code router-link} attribute makes Flow's
     * client router follow it without reloading the page, exactly as a {@code RouterLink} does.
     */
    public static <T> LitRenderer<T> link(ValueProvider<T, String> text, Class<? extends Component> view,
                                          String parameter, ValueProvider<T, ?> id) {
        return LitRenderer.<T>of("<a router-link href=\"${item.href}\">${item.text}</a>")
                .withProperty("text", text)
                .withProperty("href", row -> RouteConfiguration.forApplicationScope().getUrl(view,
                        new RouteParameters(parameter, String.valueOf(id.apply(row)))));
    }

    /** Text that is shown as a warning (the theme's {@code wm-overdue} style) when the row is marked. */
    public static <T> LitRenderer<T> warning(ValueProvider<T, String> text, SerializablePredicate<T> marked) {
        return LitRenderer.<T>of("<span class=\"${item.marked ? 'wm-overdue' : ''}\">${item.text}</span>")
                .withProperty("text", text)
                .withProperty("marked", marked::test);
    }

    /** Up to two badges, each shown only when its row value is true. */
    public static <T> LitRenderer<T> badges(String first, SerializablePredicate<T> showFirst, String second,
                                            SerializablePredicate<T> showSecond) {
        return LitRenderer.<T>of("<span theme=\"badge contrast\" ?hidden=\"${!item.a}\">${item.aText}</span> "
                        + "<span theme=\"badge contrast\" ?hidden=\"${!item.b}\">${item.bText}</span>")
                .withProperty("a", showFirst::test)
                .withProperty("aText", row -> first)
                .withProperty("b", showSecond::test)
                .withProperty("bText", row -> second);
    }
}
