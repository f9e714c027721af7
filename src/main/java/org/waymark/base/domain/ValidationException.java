package org.waymark.base.domain;

import java.util.List;

/** Input broke one or more rules; nothing was saved. */
public class ValidationException extends RuntimeException {

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("Invalid input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
