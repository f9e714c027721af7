package org.waymark.bids.domain;

/** A lifecycle step that is not open from where the bid stands. */
public class BidTransitionException extends RuntimeException {

    private final BidStatus from;
    private final BidStatus to;

    public BidTransitionException(BidStatus from, BidStatus to) {
        super("A bid cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public BidStatus from() {
        return from;
    }

    public BidStatus to() {
        return to;
    }
}
