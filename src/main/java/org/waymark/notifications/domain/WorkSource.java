package org.waymark.notifications.domain;

import java.util.List;

/**
 * A feature's part of the signed-in person's work queue (bids returned to a school, reviews
 * overdue, letters due, a draft plan waiting for a parent's views …). Each feature implements it
 * over its own services, so their scope checks and audit apply; a source returns nothing for a
 * role it does not serve. Notifications gathers them, so the features need not know the home page.
 */
public interface WorkSource {

    /** At most this many items from one source; the rest are one item linking to the feature's list. */
    int MAX_ITEMS = 5;

    /** The items waiting for the signed-in person, in any order. */
    List<WorkItem> waiting();
}
