package org.waymark.documents.domain;

import java.util.function.BiFunction;

/** Looks up a label in the reader's language: an i18n key and its arguments to text. */
public interface Labels extends BiFunction<String, Object[], String> {

    default String get(String key, Object... args) {
        return apply(key, args);
    }

    /** A funding level's name ({@code bid.level.<code>}); a code the bundles do not know reads as itself. */
    default String level(String code) {
        String key = "bid.level." + code;
        String text = get(key);
        return text.equals(key) || text.startsWith("!") ? code : text;
    }
}
