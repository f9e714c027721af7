package org.waymark.bids.domain;

/** An area of need the bid is made under (a framework area code). */
public record BidArea(String areaCode) {
}
