package org.waymark.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An editable list of rows of one kind (statements, needs, outcomes, provision): each row is a
 * small form with a remove button; an add button appends an empty row.
 */
public class RowList<T, R extends Component & RowList.Row<T>> extends Div {

    /** A row's form: shows a value and gives back the edited one. */
    public interface Row<T> {
        T value();
    }

    private final List<R> rows = new ArrayList<>();
    private final List<Span> errors = new ArrayList<>();
    private final Div body = new Div();

    public RowList(String heading, String addLabel, List<T> values, Function<T, R> editRow, Supplier<R> newRow) {
        addClassName("wm-row-list");
        body.addClassName("wm-rows");
        Button add = new Button(addLabel, new Icon(VaadinIcon.PLUS), e -> addRow(newRow.get()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H3(heading), body, add);
        values.forEach(v -> addRow(editRow.apply(v)));
    }

    public void addRow(R row) {
        rows.add(row);
        Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> removeRow(row));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("common.removeRow"));
        Span error = new Span();
        error.addClassName("wm-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        errors.add(error);
        Div line = new Div(row, remove, error);
        line.addClassName("wm-row");
        body.add(line);
    }

    /** Shows each message beside its row (by index) and clears the rows that are now fine. */
    public void showErrors(Map<Integer, String> messages) {
        for (int i = 0; i < errors.size(); i++) {
            String message = messages.get(i);
            errors.get(i).setText(message == null ? "" : message);
            errors.get(i).setVisible(message != null);
            body.getComponentAt(i).getElement().getClassList().set("wm-row-invalid", message != null);
        }
    }

    /** The message shown beside a row, or empty. */
    public String errorAt(int index) {
        return errors.get(index).getText();
    }

    private void removeRow(R row) {
        int index = rows.indexOf(row);
        rows.remove(index);
        errors.remove(index);
        body.getComponentAt(index).removeFromParent();
    }

    public List<R> rows() {
        return List.copyOf(rows);
    }

    public List<T> values() {
        return rows.stream().map(Row::value).toList();
    }
}
