package org.waymark.base.ui;

import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * How a screen runs a change: on success it redraws; broken rules are shown and nothing is lost
 * from the form; a conflict (someone else changed it first) is announced and the page redrawn
 * with what is stored now, never overwriting their change.
 */
public final class UserAction {

    private UserAction() {
    }

    public static void run(Runnable change, Runnable redraw, String conflictKey) {
        try {
            change.run();
            redraw.run();
        } catch (ValidationException e) {
            ViolationNotice.show(e.violations());
        } catch (ConflictException e) {
            Notification.show(I18NProvider.translate(conflictKey), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            redraw.run();
        }
    }
}
