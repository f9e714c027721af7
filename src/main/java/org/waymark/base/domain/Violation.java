package org.waymark.base.domain;

import java.util.List;

/**
 * One broken rule on one field. {@code messageKey} is an i18n key; the UI turns it into the
 * reader's language, so rules stay free of any language.
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public static Violation of(String field, String messageKey, Object... arguments) {
        return new Violation(field, messageKey, List.of(arguments));
    }
}
