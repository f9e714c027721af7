package org.waymark.base.ui;

import java.util.List;

import org.waymark.base.domain.Violation;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;

/** Shows the rules a save broke, each message once, in the reader's language. */
public final class ViolationNotice {

    private ViolationNotice() {
    }

    /** The broken rules' messages in the reader's language, in one line. */
    public static String text(List<Violation> violations) {
        return violations.stream().map(v -> I18NProvider.translate(v.messageKey(), v.arguments().toArray()))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    public static void show(List<Violation> violations) {
        String text = violations.stream()
                .map(v -> I18NProvider.translate(v.messageKey(), v.arguments().toArray()))
                .distinct().reduce((a, b) -> a + " " + b).orElse("");
        Notification.show(text, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
