package org.waymark.bids.service;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.waymark.bids.domain.BidDirectory;
import org.waymark.bids.domain.BidFilter;
import org.waymark.bids.domain.BidStatus;
import org.waymark.notifications.domain.WorkItem;
import org.waymark.notifications.domain.WorkSource;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Bids on the work queue: for a school, bids returned for more evidence (each opens the wizard
 * for the SENCO, the bid for the head); for a Family SENCO, the submitted bids waiting for the
 * family's moderation meeting.
 */
@Component
class BidWork implements WorkSource {

    private final BidService bids;
    private final CurrentUser currentUser;

    BidWork(BidService bids, CurrentUser currentUser) {
        this.bids = bids;
        this.currentUser = currentUser;
    }

    @Override
    public List<WorkItem> waiting() {
        UserScope user = currentUser.require();
        List<WorkItem> items = new ArrayList<>();
        if (user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER)) {
            List<BidDirectory.BidRow> returned = bids.list(new BidFilter(BidStatus.RETURNED, null, null), 0,
                    MAX_ITEMS + 1);
            boolean writes = user.has(Role.SCHOOL_SENCO);
            returned.stream().limit(MAX_ITEMS).forEach(b -> items.add(WorkItem.of("bid-returned-" + b.bidId(),
                    "bids/" + b.bidId() + (writes ? "/edit" : ""), null, WorkItem.Urgency.DUE, "work.bid.returned",
                    b.pupilName())));
            if (returned.size() > MAX_ITEMS) {
                items.add(WorkItem.of("bid-returned-more", "bids", null, WorkItem.Urgency.DUE,
                        "work.bid.returnedMore"));
            }
        }
        if (user.has(Role.FAMILY_SENCO)) {
            int waiting = bids.list(new BidFilter(BidStatus.SUBMITTED, null, null), 0, 500).size();
            if (waiting > 0) {
                items.add(WorkItem.of("bid-submitted", "moderation", null, WorkItem.Urgency.WAITING,
                        "work.bid.submitted", waiting));
            }
        }
        return items;
    }
}
