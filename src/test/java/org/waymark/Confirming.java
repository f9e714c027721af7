package org.waymark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;

/** Answers the confirmation a step asks for ({@code base/ui/Confirmation}), by its id, as a user would. */
public final class Confirming {

    private Confirming() {
    }

    /** Whether the confirmation with this id is open. */
    public static boolean open(String id) {
        return _find(ConfirmDialog.class, spec -> spec.withId(id)).stream().anyMatch(ConfirmDialog::isOpened);
    }

    /** What the open confirmation says will happen. */
    public static String says(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id + "-what")).getText();
    }

    /** Who the open confirmation says will be told. */
    public static String told(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id + "-told")).getText();
    }

    /** The confirm button's words. */
    public static String button(String id) {
        return _get(Button.class, spec -> spec.withId(id + "-confirm")).getText();
    }

    public static void confirm(String id) {
        _click(_get(Button.class, spec -> spec.withId(id + "-confirm")));
    }

    public static void cancel(String id) {
        _click(_get(Button.class, spec -> spec.withId(id + "-cancel")));
    }
}
