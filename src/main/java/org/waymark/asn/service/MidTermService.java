package org.waymark.asn.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingDecided;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.service.FundingAudience;
import org.waymark.asn.domain.AsnMidTerm;
import org.waymark.asn.domain.AsnRequest;
import org.waymark.asn.domain.AsnRequestRepository;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.asn.domain.JointView;
import org.waymark.asn.domain.MidTermInput;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.notifications.service.Audience;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;

/**
 * Mid-term allocations (MTA) of ASN assistant hours, after the school submits one: the lead
 * officer (for early years, the council's early-years officer) assesses the child's needs and the
 * request's validity and proposes hours and a review date; a second officer gives the joint view
 * — agreed, a variation of the hours, or other support instead; the inclusion and equality team
 * approves hours (from a day, with a review date) or declines; at the review an officer keeps the
 * hours or reduces them, to none. Approval and reviews are funding decisions on the
 * {@code ASN_HOURS} stream (source {@code MID_TERM}) that take effect on their day: the ledger
 * stops the line held and opens the new one, keeping the hours held until then.
 */
@Service
public class MidTermService {

    static final String READERS = "hasAnyRole('EDUCATION_SUPPORT_OFFICER','INCLUSION_TEAM')";
    static final String OFFICERS = "hasRole('EDUCATION_SUPPORT_OFFICER')";
    static final String INCLUSION = "hasRole('INCLUSION_TEAM')";
    private static final String SUBJECT = AsnAccess.SUBJECT;

    private final AsnAccess access;
    private final AsnRequestRepository requests;
    private final OrganisationService organisation;
    private final PupilService pupils;
    private final AuditLog auditLog;
    private final AccountService accounts;
    private final NoticeService notices;
    private final FundingAudience fundingAudience;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    MidTermService(AsnAccess access, AsnRequestRepository requests, OrganisationService organisation,
                   PupilService pupils, AuditLog auditLog, AccountService accounts, NoticeService notices,
                   FundingAudience fundingAudience, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.organisation = organisation;
        this.pupils = pupils;
        this.auditLog = auditLog;
        this.accounts = accounts;
        this.notices = notices;
        this.fundingAudience = fundingAudience;
        this.events = events;
        this.clock = clock;
    }

    /** One mid-term request as the officers' and the inclusion team's list shows it. */
    public record MidTermRow(long requestId, long pupilId, String pupilName, String schoolName, boolean earlyYears,
                             AsnRequestStatus status, @Nullable BigDecimal hoursAsked,
                             @Nullable BigDecimal recommendedHours, @Nullable BigDecimal decidedHours,
                             @Nullable LocalDate reviewDate, boolean reviewDue) {
    }

    /**
     * The authority's mid-term requests the school has submitted, those waiting first (then by
     * review date): for its officers and its inclusion and equality team.
     */
    @Transactional
    @PreAuthorize(READERS)
    public List<MidTermRow> requests() {
        UserScope user = access.user();
        Long laId = user.localAuthorityId();
        if (!access.runsHours(laId)) {
            auditLog.recordDenied("LIST_ASN_MID_TERM", "AUTHORITY", laId, null);
            throw new AccessDeniedException("ASN hours");
        }
        List<AsnRequest> all = requests.findByLocalAuthorityIdAndStatusIn(Objects.requireNonNull(laId),
                EnumSet.of(AsnRequestStatus.SUBMITTED, AsnRequestStatus.ASSESSED, AsnRequestStatus.RECOMMENDED,
                        AsnRequestStatus.DECIDED, AsnRequestStatus.DECLINED)).stream()
                .filter(r -> r.getMidTerm() != null).toList();
        Map<Long, String> names = pupils.namesOf(all.stream().map(AsnRequest::getPupilId).distinct().toList());
        Map<Long, String> schools = organisation.schoolNames(all.stream().map(AsnRequest::getSchoolId).distinct()
                .toList());
        LocalDate today = access.today();
        auditLog.record("LIST_ASN_MID_TERM", "AUTHORITY", laId, all.size() + " requests");
        List<MidTermRow> rows = new ArrayList<>();
        for (AsnRequest r : all) {
            AsnMidTerm mta = Objects.requireNonNull(r.getMidTerm());
            LocalDate review = mta.getReviewDate();
            boolean held = r.getStatus() == AsnRequestStatus.DECIDED && r.getDecidedHours() != null
                    && r.getDecidedHours().signum() > 0;
            rows.add(new MidTermRow(Objects.requireNonNull(r.getId()), r.getPupilId(),
                    names.getOrDefault(r.getPupilId(), ""), schools.getOrDefault(r.getSchoolId(), ""),
                    mta.isEarlyYears(), r.getStatus(), r.getHoursAsked(), mta.recommendedHours(), r.getDecidedHours(),
                    review, held && review != null && !review.isAfter(today)));
        }
        rows.sort(Comparator.comparing((MidTermRow r) -> !r.status().open())
                .thenComparing(r -> !r.reviewDue())
                .thenComparing(r -> r.reviewDate() == null ? LocalDate.MAX : r.reviewDate()));
        return rows;
    }

    /**
     * The lead officer's assessment of a submitted mid-term request: the hours they propose, a
     * review date and the assessment of the child's needs and of the request; the other officers
     * are asked for the joint view.
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public void assess(long requestId, int expectedVersion, @Nullable BigDecimal hours, @Nullable LocalDate reviewDate,
                       String assessment) {
        AsnRequest request = access.requireMidTerm(requestId, expectedVersion, AsnAccess.MidTermStep.ASSESS,
                "ASSESS_ASN_MID_TERM");
        LocalDate today = access.today();
        refuseIfAny(MidTermInput.assessment(hours, reviewDate, assessment, today));
        String actor = access.user().username();
        request.assess(Objects.requireNonNull(hours), Objects.requireNonNull(reviewDate), assessment, actor,
                clock.instant(), today);
        access.save(request, "mid-term assessment");
        auditLog.record("ASSESS_ASN_MID_TERM", SUBJECT, request.getPupilId(), "hours request " + requestId);
        List<String> others = accounts.holdersInAuthority(Role.EDUCATION_SUPPORT_OFFICER,
                request.getLocalAuthorityId()).stream().filter(u -> !u.equals(actor)).toList();
        notices.sendAbout(request.getPupilId(), others, link(requestId), "notice.asn.mtaAssessed",
                pupils.nameOf(request.getPupilId()), access.schoolName(request.getSchoolId()), hours(hours));
    }

    /**
     * A second officer's joint view of an assessed mid-term request — agreed, a variation of the
     * hours, or other support instead — which sends it to the inclusion and equality team.
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public void join(long requestId, int expectedVersion, @Nullable JointView view, @Nullable BigDecimal hours,
                     String note) {
        AsnRequest request = access.requireMidTerm(requestId, expectedVersion, AsnAccess.MidTermStep.JOIN,
                "JOIN_ASN_MID_TERM");
        String actor = access.user().username();
        List<Violation> problems = new ArrayList<>(MidTermInput.jointView(view, hours, note));
        if (actor.equals(Objects.requireNonNull(request.getMidTerm()).getAssessedBy())) {
            problems.add(Violation.of("jointView", "asn.mta.input.secondOfficer"));
        }
        refuseIfAny(problems);
        request.join(Objects.requireNonNull(view), hours, note, actor, clock.instant());
        access.save(request, "mid-term joint view");
        auditLog.record("JOIN_ASN_MID_TERM", SUBJECT, request.getPupilId(), "hours request " + requestId + " " + view);
        notices.sendAbout(request.getPupilId(), accounts.holdersInAuthority(Role.INCLUSION_TEAM,
                        request.getLocalAuthorityId()), link(requestId), "notice.asn.mtaRecommended",
                pupils.nameOf(request.getPupilId()), access.schoolName(request.getSchoolId()),
                hours(request.getMidTerm().recommendedHours()));
    }

    /** Who an approval, a decline or a review would tell: the pupil's school SENCOs and parents. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<Told> toldOfDecision(long requestId) {
        AsnRequest request = access.requireRead(requestId, "READ_ASN_REQUEST");
        UserScope user = access.user();
        if (!AsnAccess.officer(user, request.getLocalAuthorityId())
                && !AsnAccess.inclusionTeam(user, request.getLocalAuthorityId())) {
            access.refuse("READ_ASN_REQUEST", request);
        }
        return notices.told(audience(request));
    }

    /**
     * The inclusion and equality team approves hours a week for a recommended mid-term request,
     * from a day (not before the session began) to the end of that school year, with a review
     * date: a funding decision that takes effect on that day.
     */
    @Transactional
    @PreAuthorize(INCLUSION)
    public void approve(long requestId, int expectedVersion, @Nullable BigDecimal hours, @Nullable LocalDate hoursFrom,
                        @Nullable LocalDate reviewDate, String reasons) {
        AsnRequest request = access.requireMidTerm(requestId, expectedVersion, AsnAccess.MidTermStep.APPROVE,
                "APPROVE_ASN_MID_TERM");
        LocalDate today = access.today();
        refuseIfAny(MidTermInput.approval(hours, hoursFrom, reviewDate, reasons,
                access.sessionStart(request.getLocalAuthorityId()), today));
        BigDecimal approved = Objects.requireNonNull(hours);
        LocalDate from = Objects.requireNonNull(hoursFrom);
        request.approve(approved, from, Objects.requireNonNull(reviewDate), reasons, access.user().username(),
                clock.instant(), today);
        access.save(request, "mid-term approval");
        auditLog.record("APPROVE_ASN_MID_TERM", SUBJECT, request.getPupilId(), "hours request " + requestId + ": "
                + approved.toPlainString() + " hours a week from " + from);
        events.publishEvent(decision(request, FundingDecided.Outcome.AWARDED, approved, today, reasons)
                .startingOn(from));
        tell(request, "notice.asn.mtaApproved", pupils.nameOf(request.getPupilId()), hours(approved),
                Dates.DAY_MONTH_YEAR.format(from), Dates.DAY_MONTH_YEAR.format(reviewDate));
    }

    /** The inclusion and equality team declines a recommended mid-term request: what the pupil holds stands. */
    @Transactional
    @PreAuthorize(INCLUSION)
    public void decline(long requestId, int expectedVersion, String reasons) {
        AsnRequest request = access.requireMidTerm(requestId, expectedVersion, AsnAccess.MidTermStep.APPROVE,
                "DECLINE_ASN_MID_TERM");
        refuseIfAny(org.waymark.asn.domain.RequestInput.reasons(reasons));
        LocalDate today = access.today();
        request.decline(reasons, access.user().username(), clock.instant(), today);
        access.save(request, "mid-term declined");
        auditLog.record("DECLINE_ASN_MID_TERM", SUBJECT, request.getPupilId(), "hours request " + requestId);
        // the hours the pupil holds already stand: a decision the ledger keeps as it is
        events.publishEvent(decision(request, FundingDecided.Outcome.CONFIRMED, null, today, reasons));
        tell(request, "notice.asn.mtaDeclined", pupils.nameOf(request.getPupilId()), reasons.strip());
    }

    /**
     * The review of an approved mid-term allocation: the hours stay, or drop from today (to none
     * at all), with reasons and the next review date when they go on. A drop is a funding decision
     * from today: the ledger ends the line held yesterday and opens one of the new hours; the hours
     * held until the review stand.
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public void review(long requestId, int expectedVersion, @Nullable BigDecimal hours, @Nullable LocalDate nextReview,
                       String reasons) {
        AsnRequest request = access.requireMidTerm(requestId, expectedVersion, AsnAccess.MidTermStep.REVIEW,
                "REVIEW_ASN_MID_TERM");
        LocalDate today = access.today();
        BigDecimal held = Objects.requireNonNull(request.getDecidedHours());
        refuseIfAny(MidTermInput.review(hours, held, nextReview, reasons, today));
        BigDecimal kept = Objects.requireNonNull(hours);
        request.review(kept, nextReview, reasons, access.user().username(), clock.instant(), today);
        access.save(request, "mid-term review");
        auditLog.record("REVIEW_ASN_MID_TERM", SUBJECT, request.getPupilId(), "hours request " + requestId + ": "
                + held.toPlainString() + " to " + kept.toPlainString() + " hours a week");
        String pupil = pupils.nameOf(request.getPupilId());
        if (kept.compareTo(held) == 0) {
            tell(request, "notice.asn.mtaKept", pupil, hours(kept),
                    nextReview == null ? "—" : Dates.DAY_MONTH_YEAR.format(nextReview));
            return;
        }
        FundingDecided decision = kept.signum() == 0
                ? decision(request, FundingDecided.Outcome.REFUSED, null, today, reasons)
                : decision(request, FundingDecided.Outcome.AWARDED, kept, today, reasons);
        events.publishEvent(decision.startingOn(today));
        tell(request, kept.signum() == 0 ? "notice.asn.mtaEnded" : "notice.asn.mtaReduced", pupil, hours(held),
                hours(kept), Dates.DAY_MONTH_YEAR.format(today));
    }

    private static FundingDecided decision(AsnRequest request, FundingDecided.Outcome outcome,
                                           @Nullable BigDecimal hours, LocalDate today, String reasons) {
        return FundingDecided.forPupil(request.getLocalAuthorityId(), request.getPupilId(), FundingStream.ASN_HOURS,
                outcome, null, hours, today, AllocationPeriod.ACADEMIC_YEAR, null, AllocationSource.MID_TERM,
                Objects.requireNonNull(request.getId()), null, reasons.strip());
    }

    /** The pupil's school SENCOs and parents, as the funding notices tell them of any decision. */
    private Audience audience(AsnRequest request) {
        return fundingAudience.of(request.getPupilId(), false, access.today());
    }

    private void tell(AsnRequest request, String key, Object... arguments) {
        notices.sendAbout(request.getPupilId(), audience(request).members().keySet(),
                "pupils/" + request.getPupilId() + "/allocations", key, arguments);
    }

    private static String link(long requestId) {
        return "asn/requests/" + requestId;
    }

    private static String hours(@Nullable BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }

    private static void refuseIfAny(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
