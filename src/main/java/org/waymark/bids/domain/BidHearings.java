package org.waymark.bids.domain;

/**
 * Who hears a bid beyond the school, family and authority reach of the access policy: the
 * members sitting at a panel meeting that has the bid on its list. Implemented by the panels
 * feature, so bids need not know about panels.
 */
public interface BidHearings {

    boolean hears(long userId, long bidId);
}
