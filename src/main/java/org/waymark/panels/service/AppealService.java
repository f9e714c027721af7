package org.waymark.panels.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.service.BidService;
import org.waymark.notifications.service.Audience;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.panels.domain.AppealRequest;
import org.waymark.panels.domain.AppealRequestRepository;
import org.waymark.panels.domain.AppealStatus;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.panels.domain.PanelRules;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.People;
import org.waymark.security.service.CurrentUser;

/**
 * Appeals (SPEC §6): the head teacher of the pupil's school asks, through the family; the
 * Family SENCO says whether the family supports it; only supported appeals are listed for the
 * appeals panel, whose members must not have taken part in the original decision.
 */
@Service
public class AppealService {

    private final AppealRequestRepository appeals;
    private final PanelMeetingRepository meetings;
    private final BidService bids;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final NoticeService notices;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    AppealService(AppealRequestRepository appeals, PanelMeetingRepository meetings, BidService bids,
                  PupilService pupils, OrganisationService organisation, NoticeService notices,
                  AccountService accounts, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.appeals = appeals;
        this.meetings = meetings;
        this.bids = bids;
        this.pupils = pupils;
        this.organisation = organisation;
        this.notices = notices;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** An appeal as the lists show it: who asked and who answered for the family, by display name. */
    public record AppealRow(AppealRequest appeal, String pupilName, String schoolName, String requestedBy,
                            String familyBy) {
    }

    /** Panel decisions on the head teacher's school that may still be appealed. */
    public record Appealable(long bidId, String pupilName, BidStatus status, long meetingId) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('HEAD_TEACHER')")
    public List<Appealable> appealable() {
        UserScope head = currentUser.require();
        return bids.list(new org.waymark.bids.domain.BidFilter(null, head.schoolId(), null), 0, 200).stream()
                .filter(r -> r.status() == BidStatus.DECIDED || r.status() == BidStatus.DECLINED)
                .map(r -> {
                    List<Long> deciding = meetings.meetingsDecidingBid(r.bidId());
                    return deciding.isEmpty() ? null
                            : new Appealable(r.bidId(), r.pupilName(), r.status(), deciding.getFirst());
                })
                .filter(Objects::nonNull)
                .filter(a -> appeals.findByBidIdOrderByRequestedAtDesc(a.bidId()).stream()
                        .noneMatch(x -> x.getStatus() != AppealStatus.NOT_SUPPORTED
                                && x.getStatus() != AppealStatus.HEARD))
                .toList();
    }

    /** The head teacher asks for an appeal of a panel decision on their school's bid. */
    @Transactional
    @PreAuthorize("hasRole('HEAD_TEACHER')")
    public long ask(long bidId, String grounds) {
        UserScope head = currentUser.require();
        Appealable target = appealable().stream().filter(a -> a.bidId() == bidId).findFirst().orElse(null);
        if (target == null) {
            refuseAsking(bidId, "bid " + bidId);
        }
        if (grounds.isBlank() || grounds.length() > PanelRules.REASONS_MAX) {
            throw new ValidationException(List.of(Violation.of("grounds", "appeal.grounds.required")));
        }
        var bid = bids.open(bidId).bid();
        AppealRequest appeal = appeals.save(AppealRequest.ask(bid.getLocalAuthorityId(), bidId, bid.getPupilId(),
                bid.getSchoolId(), bid.getFamilyId(), target.meetingId(), grounds, head.username(), clock.instant()));
        auditLog.record("ASK_APPEAL", "PUPIL", bid.getPupilId(), "bid " + bidId);
        if (bid.getFamilyId() != null) {
            notices.sendAbout(bid.getPupilId(), familySencos(bid.getFamilyId()), "appeals", "notice.appeal.asked",
                    pupils.nameOf(bid.getPupilId()));
        }
        return Objects.requireNonNull(appeal.getId());
    }

    /** Who asking for an appeal of this bid's decision would tell (the family's SENCOs), for its confirmation. */
    @Transactional // reading the bid is audited
    @PreAuthorize("hasRole('HEAD_TEACHER')")
    public List<Told> toldOfAsking(long bidId) {
        if (appealable().stream().noneMatch(a -> a.bidId() == bidId)) {
            refuseAsking(bidId, "bid " + bidId + " who is told");
        }
        Long familyId = bids.open(bidId).bid().getFamilyId();
        return notices.told(Audience.of().add(Role.FAMILY_SENCO, familyId == null ? List.of() : familySencos(familyId)));
    }

    /** Who the family's answer to an appeal would tell (the head teacher who asked), for its confirmation. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FAMILY_SENCO')")
    public List<Told> toldOfResponse(long appealId) {
        UserScope senco = currentUser.require();
        AppealRequest appeal = appeals.findById(appealId).orElseThrow(() -> new NotFoundException("appeal " + appealId));
        if (senco.familyId() == null || !senco.familyId().equals(appeal.getFamilyId())) {
            auditLog.recordDenied("APPEAL_SUPPORT", "PUPIL", appeal.getPupilId(), "appeal " + appealId + " who is told");
            throw new AccessDeniedException("appeal " + appealId);
        }
        return notices.told(Audience.of().add(Role.HEAD_TEACHER, List.of(appeal.getRequestedBy())));
    }

    /**
     * Refuses asking for an appeal of a bid that is not one of the head's school's appealable
     * decisions (another school's bid, or not decided by a panel): audited against the bid's child.
     */
    private void refuseAsking(long bidId, String detail) {
        auditLog.recordDenied("ASK_APPEAL", "PUPIL", bids.pupilOf(bidId), detail);
        throw new AccessDeniedException("bid " + bidId);
    }

    private List<String> familySencos(long familyId) {
        return accounts.holdersInFamily(Role.FAMILY_SENCO, familyId);
    }

    /** The Family SENCO says whether the family supports an appeal from one of its schools. */
    @Transactional
    @PreAuthorize("hasRole('FAMILY_SENCO')")
    public void respond(long appealId, int expectedVersion, boolean supports, String note) {
        UserScope senco = currentUser.require();
        AppealRequest appeal = appeals.findById(appealId).orElseThrow(() -> new NotFoundException("appeal " + appealId));
        if (senco.familyId() == null || !senco.familyId().equals(appeal.getFamilyId())) {
            auditLog.recordDenied("APPEAL_SUPPORT", "PUPIL", appeal.getPupilId(), "appeal " + appealId);
            throw new AccessDeniedException("appeal " + appealId);
        }
        if (!Objects.equals(appeal.getVersion(), expectedVersion) || appeal.getStatus() != AppealStatus.ASKED) {
            throw new ConflictException("appeal " + appealId + " changed");
        }
        if (note.isBlank()) {
            throw new ValidationException(List.of(Violation.of("note", "appeal.familyNote.required")));
        }
        if (note.length() > PanelRules.NOTE_MAX) {
            throw new ValidationException(List.of(Violation.of("note", "common.tooLong", PanelRules.NOTE_MAX)));
        }
        appeal.familyResponds(supports, note, senco.username(), clock.instant());
        try {
            appeals.save(appeal);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("appeal " + appealId + " changed while saving");
        }
        auditLog.record("APPEAL_SUPPORT", "PUPIL", appeal.getPupilId(), "appeal " + appealId + " " + supports);
        notices.sendAbout(appeal.getPupilId(), List.of(appeal.getRequestedBy()), "appeals",
                supports ? "notice.appeal.supported" : "notice.appeal.notSupported",
                pupils.nameOf(appeal.getPupilId()));
    }

    /** Appeals the caller deals with: the head's school's, the family's, or the authority's for its officers. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HEAD_TEACHER','FAMILY_SENCO','CASEWORKER','LEAD_SEND_COORDINATOR')")
    public List<AppealRow> mine() {
        UserScope user = currentUser.require();
        List<AppealRequest> found;
        if (user.localAuthorityId() != null && PanelAccess.isOfficer(user, user.localAuthorityId())) {
            found = java.util.Arrays.stream(AppealStatus.values()).flatMap(s -> appeals
                    .findByLocalAuthorityIdAndStatusOrderByRequestedAt(user.localAuthorityId(), s).stream()).toList();
        } else if (user.has(Role.FAMILY_SENCO) && user.familyId() != null) {
            found = appeals.findByFamilyIdOrderByRequestedAtDesc(user.familyId());
        } else if (user.schoolId() != null) {
            List<AppealRequest> school = appeals.findBySchoolIdOrderByRequestedAtDesc(user.schoolId());
            // not the appeals of a pupil who left the school before its read-only history period (DD014)
            Set<Long> reached = pupils.inListScope(school.stream().map(AppealRequest::getPupilId).distinct().toList());
            found = school.stream().filter(a -> reached.contains(a.getPupilId())).toList();
        } else {
            found = List.of();
        }
        var schoolNames = organisation.schoolNames(found.stream().map(AppealRequest::getSchoolId).distinct().toList());
        List<String> named = new java.util.ArrayList<>();
        found.forEach(a -> {
            named.add(a.getRequestedBy());
            named.add(a.getFamilyBy());
        });
        named.removeIf(java.util.Objects::isNull);
        People people = accounts.people(named);
        return found.stream().map(a -> new AppealRow(a, pupils.nameOf(a.getPupilId()),
                schoolNames.getOrDefault(a.getSchoolId(), ""), people.name(a.getRequestedBy()),
                people.name(a.getFamilyBy()))).toList();
    }
}
