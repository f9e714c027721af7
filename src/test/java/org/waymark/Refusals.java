package org.waymark;

import java.util.List;
import java.util.function.Function;

import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;

/** What a refused step said: its violations' message keys or fields; a step that was not refused fails the test. */
public final class Refusals {

    private Refusals() {
    }

    /** The message keys of the violations the step was refused with. */
    public static List<String> keys(Runnable step) {
        return refused(step, Violation::messageKey);
    }

    /** The fields of the violations the step was refused with. */
    public static List<String> fields(Runnable step) {
        return refused(step, Violation::field);
    }

    private static List<String> refused(Runnable step, Function<Violation, String> part) {
        try {
            step.run();
        } catch (ValidationException e) {
            return e.violations().stream().map(part).toList();
        }
        throw new AssertionError("not refused");
    }
}
