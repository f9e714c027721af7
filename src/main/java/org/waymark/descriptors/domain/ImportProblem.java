package org.waymark.descriptors.domain;

import java.util.List;

/** One problem in an imported file: where (line, column name) and what (an i18n key with arguments). */
public record ImportProblem(int line, String column, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem at(int line, String column, String messageKey, Object... arguments) {
        return new ImportProblem(line, column, messageKey, List.of(arguments));
    }
}
