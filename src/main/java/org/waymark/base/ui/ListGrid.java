package org.waymark.base.ui;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

/**
 * The portal's grid (DD026). Vaadin's {@code Grid.Column} asks the browser to report six column
 * properties back whenever they change there: width and flex-grow (after a drag-resize), text
 * alignment, resizable, frozen and frozen-to-end; the grid itself two more (all rows visible,
 * column reordering allowed). No grid in the portal lets the browser change any of them, so those
 * reports never come; but each costs the server a listener with its settings on every column of
 * every open list, about 40 on a list page. This grid removes them as the grid and each column
 * are made. Everything the server sets still reaches the browser.
 */
public class ListGrid<T> extends Grid<T> {

    /** The browser events Vaadin's column listens to for the properties above. */
    static final Set<String> COLUMN_EVENTS_NEVER_FIRED = Set.of("column-drag-resize", "text-align-changed",
            "resizable-changed", "frozen-changed", "frozen-to-end-changed");

    /** The grid's own properties that only the server sets: whether all rows show, whether columns can be reordered. */
    static final Set<String> GRID_EVENTS_NEVER_FIRED = Set.of("all-rows-visible-changed", "column-reordering-allowed-changed");

    private static final Logger LOG = LoggerFactory.getLogger(ListGrid.class);

    /**
     * Vaadin keeps an element's listeners in a private map with no public way to list them; the
     * listeners themselves are public registrations that remove themselves properly. If a Vaadin
     * upgrade renames the map, columns keep their listeners (as before) and {@code ListGridTest}
     * fails.
     */
    private static final @Nullable VarHandle LISTENERS = listenersHandle();

    public ListGrid() {
        removeListeners(getElement(), GRID_EVENTS_NEVER_FIRED);
    }

    @Override
    protected Column<T> createColumn(Renderer<T> renderer, String columnId) {
        Column<T> column = super.createColumn(renderer, columnId);
        removeListeners(column.getElement(), COLUMN_EVENTS_NEVER_FIRED);
        return column;
    }

    /** Removes the element's server listeners for these browser events, if Vaadin's map could be read. */
    static void removeListeners(Element element, Set<String> events) {
        if (LISTENERS == null) {
            return;
        }
        ElementListenerMap feature = element.getNode().getFeature(ElementListenerMap.class);
        Map<?, ?> byEvent = (Map<?, ?>) LISTENERS.get(feature);
        if (byEvent == null) {
            return;
        }
        for (String event : events) {
            if (byEvent.get(event) instanceof List<?> registrations) {
                // a copy: each removal takes itself out of Vaadin's list
                for (Object registration : List.copyOf(registrations)) {
                    ((DomListenerRegistration) registration).remove();
                }
            }
        }
    }

    private static @Nullable VarHandle listenersHandle() {
        try {
            return MethodHandles.privateLookupIn(ElementListenerMap.class, MethodHandles.lookup())
                    .findVarHandle(ElementListenerMap.class, "listeners", Map.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Vaadin's element listeners cannot be read; grid columns keep their unused listeners", e);
            return null;
        }
    }
}
