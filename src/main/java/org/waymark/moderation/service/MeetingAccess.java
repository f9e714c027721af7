package org.waymark.moderation.service;

import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.moderation.domain.MeetingStatus;
import org.waymark.moderation.domain.ModerationMeeting;
import org.waymark.moderation.domain.ModerationMeetingRepository;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.security.service.CurrentUser;

/**
 * How the moderation services reach a meeting: only of the caller's own family (a refusal is
 * audited), a closed one only to read, and each save told to those viewing it. Shared by the
 * meeting's running ({@link ModerationService}) and the family's money ({@link FamilyMoneyService}),
 * like {@code panels.service.PanelAccess}.
 */
@Component
class MeetingAccess {

    static final String SUBJECT = "FAMILY";

    private final ModerationMeetingRepository meetings;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    MeetingAccess(ModerationMeetingRepository meetings, OrganisationService organisation, CurrentUser currentUser,
                  AuditLog auditLog, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** The Family SENCO's own family. */
    long myFamily() {
        Long familyId = currentUser.require().familyId();
        if (familyId == null) {
            throw new AccessDeniedException("no family");
        }
        return familyId;
    }

    /** A meeting of the caller's family; another family's is refused and audited. */
    ModerationMeeting require(long meetingId) {
        ModerationMeeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        if (!organisation.familyOfCaller().map(f -> f == meeting.getFamilyId()).orElse(false)) {
            auditLog.recordDenied("READ_MODERATION", SUBJECT, meeting.getFamilyId(), "meeting " + meetingId);
            throw new AccessDeniedException("meeting " + meetingId);
        }
        return meeting;
    }

    /** A closed meeting is a record: a change to it is a conflict, not an error. */
    ModerationMeeting requireOpen(long meetingId) {
        ModerationMeeting meeting = require(meetingId);
        if (meeting.getStatus() != MeetingStatus.OPEN) {
            throw new ConflictException("meeting " + meetingId + " is closed");
        }
        return meeting;
    }

    /** Saves the meeting and tells everyone viewing it; a meeting changed meanwhile is a conflict. */
    void save(ModerationMeeting meeting) {
        try {
            meetings.save(meeting);
            changed(meeting);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("meeting " + meeting.getId() + " changed while saving");
        }
    }

    /** Tells everyone viewing the meeting that it changed (something it shows was stored elsewhere). */
    void changed(ModerationMeeting meeting) {
        events.publishEvent(new MeetingChanged(Objects.requireNonNull(meeting.getId())));
    }
}
