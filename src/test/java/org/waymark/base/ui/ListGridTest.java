package org.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

class ListGridTest {

    /** The column properties Vaadin asks the browser to report back. */
    private static final List<String> SYNCED = List.of("width", "flexGrow", "textAlign", "resizable", "frozen", "frozenToEnd");

    @Test
    void vaadins_own_column_listens_for_the_properties_a_list_grid_column_does_not() {
        Grid.Column<String> vaadins = new Grid<String>().addColumn(s -> s);
        Grid.Column<String> ours = new ListGrid<String>().addColumn(s -> s);

        // if Vaadin stops asking for these, this class has nothing left to do and should go
        assertThat(SYNCED).allSatisfy(property -> assertThat(listeners(vaadins).getPropertySynchronizationMode(property))
                .as(property).isNotNull());
        assertThat(SYNCED).allSatisfy(property -> assertThat(listeners(ours).getPropertySynchronizationMode(property))
                .as(property).isNull());
        assertThat(ListGrid.COLUMN_EVENTS_NEVER_FIRED).allSatisfy(event -> {
            assertThat(listeners(vaadins).getExpressions(event)).as(event).isNotEmpty();
            assertThat(listeners(ours).getExpressions(event)).as(event).isEmpty();
        });
    }

    @Test
    void the_grid_itself_drops_the_two_properties_only_the_server_sets() {
        Grid<String> vaadins = new Grid<>();
        ListGrid<String> ours = new ListGrid<>();

        for (String property : List.of("allRowsVisible", "columnReorderingAllowed")) {
            assertThat(gridListeners(vaadins).getPropertySynchronizationMode(property)).as(property).isNotNull();
            assertThat(gridListeners(ours).getPropertySynchronizationMode(property)).as(property).isNull();
        }
        ours.setAllRowsVisible(true);
        assertThat(ours.getElement().getProperty("allRowsVisible", false)).isTrue();
    }

    @Test
    void what_the_server_sets_on_a_column_still_goes_to_the_browser() {
        Grid.Column<String> column = new ListGrid<String>().addColumn(s -> s)
                .setWidth("12em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setFrozen(true);

        assertThat(column.getElement().getProperty("width")).isEqualTo("12em");
        assertThat(column.getElement().getProperty("flexGrow", -1)).isZero();
        assertThat(column.getElement().getProperty("textAlign")).isEqualTo("end");
        assertThat(column.getElement().getProperty("frozen", false)).isTrue();
        assertThat(column.getWidth()).isEqualTo("12em");
    }

    @Test
    void other_listeners_on_a_column_are_kept() {
        Grid.Column<String> column = new ListGrid<String>().addColumn(s -> s);
        column.getElement().addEventListener("wm-test", event -> { }).addEventData("event.detail");

        ListGrid.removeListeners(column.getElement(), ListGrid.COLUMN_EVENTS_NEVER_FIRED);

        assertThat(listeners(column).getExpressions("wm-test")).containsExactly("event.detail");
    }

    private static ElementListenerMap gridListeners(Grid<?> grid) {
        return grid.getElement().getNode().getFeature(ElementListenerMap.class);
    }

    private static ElementListenerMap listeners(Grid.Column<?> column) {
        return column.getElement().getNode().getFeature(ElementListenerMap.class);
    }
}
