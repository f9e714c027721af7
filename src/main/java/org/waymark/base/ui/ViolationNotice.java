package org.waymark.base.ui;

import java.util.List;

import org.waymark.base.domain.Violation;

import com.vaadin.flow.i18n.I18NProvider;

/** The rules a save broke, each message once, in the reader's language (shown by {@link Feedback}). */
public final class ViolationNotice {

    private ViolationNotice() {
    }

    /** The broken rules' messages in the reader's language, in one line. */
    public static String text(List<Violation> violations) {
        return violations.stream().map(ViolationNotice::message).distinct().reduce((a, b) -> a + " " + b).orElse("");
    }

    /** One rule's message; an argument naming an enum label ("enum.X.Y") is translated too. */
    public static String message(Violation v) {
        Object[] args = v.arguments().stream()
                .map(a -> a instanceof String s && s.startsWith("enum.") ? I18NProvider.translate(s) : a).toArray();
        return I18NProvider.translate(v.messageKey(), args);
    }
}
