package org.waymark.plans.domain;

/** A lifecycle step that is not allowed from the plan's current status. */
public class PlanTransitionException extends RuntimeException {

    private final PlanStatus from;
    private final PlanStatus to;

    public PlanTransitionException(PlanStatus from, PlanStatus to) {
        super("A plan cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public PlanStatus from() {
        return from;
    }

    public PlanStatus to() {
        return to;
    }
}
