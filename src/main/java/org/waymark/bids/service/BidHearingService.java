package org.waymark.bids.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.domain.LevelCodes;

/**
 * A bid before the authority's panels: the forwarded bids waiting for a panel, a bid as a panel
 * hears it (for its officers and those sitting at a meeting that hears it), the HLN levels it may
 * be awarded at, and the panel's and appeals panel's decisions written into the bid's history.
 * The money is not decided here: the deciding panel publishes the funding decision, which the
 * ledger records and the school and parents are told of.
 */
@Service
public class BidHearingService {

    private static final String SUBJECT = BidAccess.SUBJECT;
    /** The authority's panel officers, and anyone sitting on a panel that hears the bid (checked per bid). */
    private static final String PANEL = "isAuthenticated()";
    private static final String PANEL_OFFICERS = "hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')";

    private final BidAccess access;
    private final BidRepository bids;
    private final BidFrameworks frameworks;
    private final BidModerationService family;
    private final AuditLog auditLog;
    private final Clock clock;

    BidHearingService(BidAccess access, BidRepository bids, BidFrameworks frameworks, BidModerationService family,
                      AuditLog auditLog, Clock clock) {
        this.access = access;
        this.bids = bids;
        this.frameworks = frameworks;
        this.family = family;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Bids the families have forwarded to the caller's authority and no panel has decided yet, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PANEL_OFFICERS)
    public List<AgendaBid> forwardedToAuthority() {
        Long laId = access.user().localAuthorityId();
        if (laId == null) {
            return List.of();
        }
        return bids.findByLocalAuthorityIdAndStatusOrderByUpdatedAt(laId, BidStatus.FORWARDED).stream()
                .map(family::agendaBid).toList();
    }

    /**
     * A bid as a panel hears it: only bids that reached the caller's authority (forwarded,
     * decided or appealed). Panel members see these cases and nothing else of the pupil register.
     */
    @Transactional
    @PreAuthorize(PANEL)
    public BidDetails forPanel(long bidId) {
        Bid bid = access.requirePanel(bidId, "READ_BID_PANEL");
        auditLog.record("READ_BID_PANEL", SUBJECT, bid.getPupilId(), "bid " + bidId);
        return access.details(bid);
    }

    /** The HLN funding levels of the framework a bid was made against, for the panel to choose from. */
    @Transactional(readOnly = true)
    @PreAuthorize(PANEL)
    public List<BidFramework.Level> highNeedsLevels(long bidId) {
        Bid bid = access.requirePanel(bidId, "READ_BID_PANEL");
        return frameworks.byId(bid.getFrameworkId()).levels().stream()
                .filter(l -> LevelCodes.isHighNeeds(l.column())).toList();
    }

    /** Writes a panel's decision into the bid's history: decided at a level or amount, or declined. */
    @Transactional
    @PreAuthorize(PANEL)
    public void recordPanelDecision(long bidId, boolean awarded, @Nullable String level, @Nullable BigDecimal amount,
                                    String reason) {
        Bid bid = access.requirePanel(bidId, "PANEL_DECISION");
        if (bid.getStatus() != BidStatus.FORWARDED && bid.getStatus() != BidStatus.APPEALED) {
            throw new ConflictException("bid " + bidId + " is " + bid.getStatus());
        }
        String actor = access.user().username();
        if (awarded) {
            bid.decide(level == null ? "AMOUNT" : level, amount, reason, actor, clock.instant());
        } else {
            bid.decline(reason, actor, clock.instant());
        }
        access.save(bid, "panel decision");
        auditLog.record("PANEL_DECISION", SUBJECT, bid.getPupilId(), "bid " + bidId + ": "
                + (awarded ? level + " " + amount : "declined"));
    }

    /** An appeal was listed for the appeals panel: the bid's history says so. */
    @Transactional
    @PreAuthorize(PANEL)
    public void recordAppealListed(long bidId, String grounds) {
        Bid bid = access.requirePanel(bidId, "APPEAL_BID");
        bid.appeal(grounds, access.user().username(), clock.instant());
        access.save(bid, "appeal");
        auditLog.record("APPEAL_BID", SUBJECT, bid.getPupilId(), "bid " + bidId);
    }

    /** The appeals panel confirmed the original decision. */
    @Transactional
    @PreAuthorize(PANEL)
    public void recordAppealConfirmed(long bidId, String reason) {
        Bid bid = access.requirePanel(bidId, "PANEL_DECISION");
        bid.appealConfirmed(reason, access.user().username(), clock.instant());
        access.save(bid, "appeal confirmed");
        auditLog.record("PANEL_DECISION", SUBJECT, bid.getPupilId(), "bid " + bidId + ": appeal confirmed");
    }
}
