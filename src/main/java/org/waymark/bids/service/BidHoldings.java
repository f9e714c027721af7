package org.waymark.bids.service;

import org.waymark.organisation.domain.Scheme;
import java.util.Set;
import java.util.EnumSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidDirectory;
import org.waymark.bids.domain.BidStatus;
import org.waymark.pupils.domain.PupilHoldings;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;

/**
 * A pupil's bids on their record (how many, where the latest stands) and the latest bid in the
 * pupil grid; only bids the caller may see count (a school's drafts stay with the school).
 */
@Component
class BidHoldings implements PupilHoldings {

    private final BidService bids;
    private final BidDirectory directory;
    private final BidAccess access;
    private final AccessPolicy accessPolicy;

    BidHoldings(BidService bids, BidDirectory directory, BidAccess access, AccessPolicy accessPolicy) {
        this.bids = bids;
        this.directory = directory;
        this.access = access;
        this.accessPolicy = accessPolicy;
    }

    /** Bids are the descriptor top-up scheme's work (see the views' {@code @ForSchemes}). */
    @Override
    public Set<Scheme> schemes() {
        return EnumSet.of(Scheme.DESCRIPTOR_TOP_UP);
    }

    @Override
    public int order() {
        return 20;
    }

    /** Through {@link BidService#bidsOf}: the caller's scope checked, as the pupil's bids page does. */
    @Override
    @PreAuthorize(Roles.PUPIL_READERS)
    public Optional<Holding> about(long pupilId) {
        List<Bid> list = bids.bidsOf(pupilId);
        List<Text> status = list.isEmpty() ? List.of()
                : List.of(Text.of("pupil.holdings.bids.latest", describe(list.getFirst().getStatus(),
                        list.getFirst().getLevelAsked())));
        return Optional.of(new Holding("bids", Text.of("pupil.holdings.bids", list.size()),
                "pupils/" + pupilId + "/bids", status));
    }

    @Override
    public @Nullable String columnKey() {
        return "pupils.column.bid";
    }

    @Override
    @PreAuthorize(Roles.PUPIL_READERS)
    public Map<Long, Text> cells(Collection<Long> pupilIds) {
        UserScope user = access.user();
        Map<Long, Text> cells = new HashMap<>();
        for (BidDirectory.PupilBid bid : directory.ofPupils(pupilIds)) {
            if (!cells.containsKey(bid.scope().pupilId()) && accessPolicy.mayReadBid(user, bid.scope())) {
                cells.put(bid.scope().pupilId(), describe(bid.status(), bid.levelAsked()));
            }
        }
        return cells;
    }

    /** "Submitted to the family · HLN 1", or the status alone before a level is asked. */
    private static Text describe(BidStatus status, @Nullable String level) {
        Text label = Text.of("enum.BidStatus." + status.name());
        return level == null ? label : Text.of("pupils.cell.bid", label, Text.of("pupil.holdings.level." + level));
    }
}
