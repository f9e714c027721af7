package org.waymark.documents.domain;

import java.util.function.BiFunction;

/** Looks up a label in the reader's language: an i18n key and its arguments to text. */
public interface Labels extends BiFunction<String, Object[], String> {

    default String get(String key, Object... args) {
        return apply(key, args);
    }
}
