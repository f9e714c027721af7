package org.waymark.base.domain;

/** A lifecycle step that is not open from where a record (a plan, a bid …) stands. */
public class TransitionException extends RuntimeException {

    private final Enum<?> from;
    private final Enum<?> to;

    public TransitionException(String record, Enum<?> from, Enum<?> to) {
        super("A " + record + " cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public Enum<?> from() {
        return from;
    }

    public Enum<?> to() {
        return to;
    }
}
