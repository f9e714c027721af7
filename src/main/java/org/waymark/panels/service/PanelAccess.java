package org.waymark.panels.service;

import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.NotFoundException;
import org.waymark.bids.domain.BidHearings;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * Who may do what with panels: the authority's panel officers (caseworkers and lead SEND
 * co-ordinators) run them; members sitting at a meeting read and decide its cases. It also
 * tells the bids feature who hears a bid.
 */
@Component
class PanelAccess implements BidHearings {

    static final String SUBJECT = "PANEL_MEETING";

    private final PanelMeetingRepository meetings;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    PanelAccess(PanelMeetingRepository meetings, CurrentUser currentUser, AuditLog auditLog) {
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Override
    public boolean hears(long userId, long bidId) {
        return meetings.countSeatsHearing(userId, bidId) > 0;
    }

    static boolean isOfficer(UserScope user, long localAuthorityId) {
        return (user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR))
                && Objects.equals(user.localAuthorityId(), localAuthorityId);
    }

    /** The caller, who must be a panel officer of an authority. */
    UserScope officer() {
        UserScope user = currentUser.require();
        if (user.localAuthorityId() == null || !isOfficer(user, user.localAuthorityId())) {
            auditLog.recordDenied("PANEL_ADMIN", SUBJECT, null, null);
            throw new AccessDeniedException("panel officers only");
        }
        return user;
    }

    /** Whether the caller runs (officer) or sits at a meeting; no audit, for checks that have other ways in. */
    boolean mayRead(PanelMeeting meeting) {
        UserScope user = currentUser.require();
        return isOfficer(user, meeting.getLocalAuthorityId()) || meeting.seats(user.userId());
    }

    PanelMeeting find(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("panel meeting " + meetingId));
    }

    /** A meeting the caller runs (officer) or sits at. */
    PanelMeeting readable(long meetingId) {
        PanelMeeting meeting = find(meetingId);
        if (!mayRead(meeting)) {
            auditLog.recordDenied("READ_PANEL_MEETING", SUBJECT, meetingId, null);
            throw new AccessDeniedException("panel meeting " + meetingId);
        }
        return meeting;
    }

    /** A meeting the caller runs: officers only. */
    PanelMeeting runnable(long meetingId) {
        PanelMeeting meeting = readable(meetingId);
        if (!isOfficer(currentUser.require(), meeting.getLocalAuthorityId())) {
            auditLog.recordDenied("RUN_PANEL_MEETING", SUBJECT, meetingId, null);
            throw new AccessDeniedException("panel meeting " + meetingId);
        }
        return meeting;
    }
}
