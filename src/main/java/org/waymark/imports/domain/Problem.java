package org.waymark.imports.domain;

import java.util.List;

/**
 * What is wrong with a record of an import file, and where: the line and the XML element
 * ({@code <DOB>}) or CSV column ({@code date_of_birth}). {@code key} is an i18n message key.
 */
public record Problem(long line, String where, String key, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(long line, String where, String key, Object... arguments) {
        return new Problem(line, where, key, List.of(arguments));
    }
}
