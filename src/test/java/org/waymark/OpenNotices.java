package org.waymark;

import java.util.List;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;

/** The notices still open on the screen, as a test reads them: their texts, and which are errors or successes. */
public final class OpenNotices {

    private OpenNotices() {
    }

    public static List<String> texts() {
        return NotificationsKt.getNotifications().stream().map(OpenNotices::text).toList();
    }

    public static List<String> successes() {
        return of("success");
    }

    public static List<String> errors() {
        return of("error");
    }

    private static List<String> of(String theme) {
        return NotificationsKt.getNotifications().stream()
                .filter(n -> n.getElement().getThemeList().contains(theme)).map(OpenNotices::text).toList();
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "");
    }
}
