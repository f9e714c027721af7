package org.waymark.base.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * A text field's length limit, said rather than enforced by cutting: the field shows how many
 * characters it holds out of how many, and past the limit it is marked with a message that says
 * how many to remove. The browser's own {@code maxlength} is never set, because it silently cuts
 * typed or pasted text; the rule that refuses too long a text lives in the service, and
 * {@link Feedback} refuses to send a screen's change while any of its limited fields is over.
 * <p>
 * Call {@link #apply} after the field's help text is set: the help stays, with the count after it
 * (the count is a polite live region, so screen readers hear it when typing pauses).
 */
public final class TextLimit {

    private final TextFieldBase<?, String> field;
    private final int max;
    private final Span count = new Span();
    private boolean marked;

    private TextLimit(TextFieldBase<?, String> field, int max) {
        this.field = field;
        this.max = max;
    }

    /** Limits {@code field} to {@code max} characters, with a counter and a message past it. */
    public static <C extends TextFieldBase<C, String>> C apply(C field, int max) {
        TextLimit limit = new TextLimit(field, max);
        ComponentUtil.setData(field, TextLimit.class, limit);
        String help = field.getHelperText();
        Div helper = new Div();
        helper.addClassName("wm-text-limit");
        if (help != null && !help.isBlank()) {
            helper.add(new Span(help + " "));
        }
        limit.count.addClassName("wm-text-count");
        limit.count.getElement().setAttribute("aria-live", "polite");
        helper.add(limit.count);
        field.setHelperComponent(helper);
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            // the count follows typing, not only leaving the field
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.addValueChangeListener(e -> limit.refresh());
        limit.refresh();
        return field;
    }

    /** The limit set on a field, if any. */
    public static @Nullable TextLimit of(Component field) {
        return ComponentUtil.getData(field, TextLimit.class);
    }

    /** How many characters past the limit the field holds (0 when within it). */
    public int over() {
        return Math.max(0, length() - max);
    }

    public int max() {
        return max;
    }

    private int length() {
        String value = field.getValue();
        return value == null ? 0 : value.length();
    }

    /** Updates the count and marks or unmarks the field; answers whether it is over the limit. */
    boolean refresh() {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale());
        int over = over();
        if (over > 0) {
            count.setText(I18NProvider.translate("text.limit.over", numbers.format(over), numbers.format(max)));
            field.setErrorMessage(I18NProvider.translate("text.limit.tooLong", numbers.format(length()),
                    numbers.format(max), numbers.format(over)));
            field.setInvalid(true);
            marked = true;
        } else {
            // a long text always shows its count; a one-line field only as it nears its limit
            boolean shown = field instanceof TextArea || length() * 5 >= max * 4;
            count.setText(shown ? I18NProvider.translate("text.limit.count", numbers.format(length()),
                    numbers.format(max)) : "");
            if (marked) {
                // only the mark this limit set is taken away; another rule's message stays
                field.setInvalid(false);
                field.setErrorMessage(null);
                marked = false;
            }
        }
        return over > 0;
    }

    /**
     * The limited fields under {@code root} that are over their limit, each marked with its
     * message (a {@link Feedback} refusal may have cleared marks just before).
     */
    public static List<TextFieldBase<?, String>> overIn(Component root) {
        List<TextFieldBase<?, String>> over = new ArrayList<>();
        collect(root, over);
        return over;
    }

    private static void collect(Component component, List<TextFieldBase<?, String>> over) {
        TextLimit limit = of(component);
        if (limit != null && limit.refresh()) {
            over.add(limit.field);
        }
        component.getChildren().forEach(child -> collect(child, over));
    }

    private static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.UK : ui.getLocale();
    }
}
