package org.waymark.plans.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.documents.domain.Labels;
import org.waymark.notifications.domain.Notice;
import org.waymark.notifications.service.Audience;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.plans.domain.AnnualReviewClock;
import org.waymark.plans.domain.AnnualReviewScheduled;
import org.waymark.plans.domain.EhcAnnualReview;
import org.waymark.plans.domain.EhcAnnualReviewRepository;
import org.waymark.plans.domain.PlanDiff;
import org.waymark.plans.domain.PlanRules;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.PlanVersion;
import org.waymark.plans.domain.PlanVersionRepository;
import org.waymark.plans.domain.ReviewDecision;
import org.waymark.plans.domain.SupportPlan;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;

/**
 * Annual reviews of EHC plans on their statutory clock ({@link AnnualReviewClock}). The
 * authority's caseworker schedules the meeting (which starts the review on the plan) and decides
 * after it; the caseworker or the SENCO of the pupil's school records the papers circulated and the
 * report sent; the meeting itself is the plan's review record ({@link PlanService#recordReview}).
 * A decision to amend sends the proposed amendments to the family (their comment window opens);
 * the amended plan is issued by agreeing the draft ({@link PlanService#agree}). A decision to amend
 * or cease comes with a letter to the parents in their language with their rights of appeal.
 * Reads need read access to the pupil; everything is audited against the pupil's record.
 */
@Service
public class EhcReviewService {

    private static final String SUBJECT = "PUPIL";
    public static final int MAX_REASON = 2000;

    private final SupportPlanRepository plans;
    private final PlanVersionRepository versions;
    private final EhcAnnualReviewRepository reviews;
    private final PlanService planService;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final NoticeService notices;
    private final AccountService accounts;
    private final MessageSource messages;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    @SuppressWarnings("java:S107") // a use-case service over the plan, the pupil and the notices
    EhcReviewService(SupportPlanRepository plans, PlanVersionRepository versions, EhcAnnualReviewRepository reviews,
                     PlanService planService, PupilService pupils, OrganisationService organisation,
                     AccessPolicy accessPolicy, CurrentUser currentUser, AuditLog auditLog, NoticeService notices,
                     AccountService accounts, MessageSource messages, Clock clock,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.plans = plans;
        this.versions = versions;
        this.reviews = reviews;
        this.planService = planService;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.notices = notices;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    /** The plan's annual review on the clock, for anyone who may read the plan. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public AnnualReviewDetails annualReview(long planId) {
        SupportPlan plan = ehcp(planId);
        PupilScope scope = requireRead(plan, "READ_ANNUAL_REVIEW");
        UserScope user = currentUser.require();
        EhcAnnualReview current = reviews.findBySupportPlanIdOrderByIdDesc(planId).stream().findFirst().orElse(null);
        boolean open = current != null && !current.isClosed();
        LocalDate meetingDue = !open && plan.getStatus() == PlanStatus.AGREED ? plan.getNextReviewDate() : null;
        boolean manager = accessPolicy.mayWritePlan(user, scope, true);
        List<String> named = new ArrayList<>();
        if (current != null) {
            named.add(current.getStartedBy());
            named.add(current.getDecidedBy());
        }
        named.removeIf(Objects::isNull);
        return new AnnualReviewDetails(current, current == null ? List.of() : AnnualReviewClock.steps(current.facts()),
                meetingDue, manager, manager || isSchoolSenco(user, scope),
                // the letter says why a plan is amended or ceased: not for figures-only roles (see letter)
                current != null && hasLetter(current) && accessPolicy.maySeeClinicalDetail(user),
                accounts.people(named));
    }

    /**
     * Schedules the review meeting: the review starts on the plan (a new draft from the plan in
     * force) unless it already has. One open annual review per plan.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public long schedule(long planId, LocalDate meetingOn) {
        SupportPlan plan = requireManager(planId, "SCHEDULE_ANNUAL_REVIEW");
        if (reviews.findFirstBySupportPlanIdAndClosedFalseOrderByIdDesc(planId).isPresent()) {
            throw new ConflictException("plan " + planId + " already has an annual review open");
        }
        LocalDate today = LocalDate.now(clock);
        if (meetingOn.isBefore(today.minusYears(1)) || meetingOn.isAfter(today.plusYears(1))) {
            throw new ValidationException(List.of(Violation.of("meetingOn", "annualReview.meetingOn.range")));
        }
        if (plan.getStatus() == PlanStatus.AGREED) {
            planService.startReview(planId);
        } else if (plan.getStatus() != PlanStatus.UNDER_REVIEW) {
            throw new ConflictException("plan " + planId + " is " + plan.getStatus());
        }
        PlanVersion inForceVersion = versions.findBySupportPlanIdOrderByNumber(planId).stream()
                .filter(PlanVersion::isAgreed).max(java.util.Comparator.comparingInt(PlanVersion::getNumber))
                .orElseThrow(() -> new ConflictException("plan " + planId + " has no version in force"));
        int inForce = inForceVersion.getNumber();
        EhcAnnualReview review = reviews.save(EhcAnnualReview.schedule(planId, plan.getLocalAuthorityId(), inForce,
                planService.issuedOrLastReviewed(planId), meetingOn, user().username(), clock.instant()));
        auditLog.record("SCHEDULE_ANNUAL_REVIEW", SUBJECT, plan.getPupilId(),
                "plan " + planId + " meeting " + meetingOn);
        tell(plan, "notice.annualReview.scheduled", pupils.nameOf(plan.getPupilId()),
                Dates.DAY_MONTH_YEAR.format(meetingOn));
        events.publishEvent(new AnnualReviewScheduled(Objects.requireNonNull(review.getId()), planId,
                plan.getLocalAuthorityId(), plan.getPupilId(), meetingOn, inForceVersion.content().outcomes().stream()
                        .map(o -> o.key() + ": " + o.text()).toList()));
        return Objects.requireNonNull(review.getId());
    }

    /** The meeting moves to another day (before it is held). */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void moveMeeting(long planId, int expectedLock, LocalDate meetingOn) {
        SupportPlan plan = requireManager(planId, "MOVE_ANNUAL_REVIEW");
        EhcAnnualReview review = open(planId, expectedLock);
        LocalDate today = LocalDate.now(clock);
        if (meetingOn.isBefore(today.minusYears(1)) || meetingOn.isAfter(today.plusYears(1))) {
            throw new ValidationException(List.of(Violation.of("meetingOn", "annualReview.meetingOn.range")));
        }
        review.moveMeeting(meetingOn);
        save(review);
        auditLog.record("MOVE_ANNUAL_REVIEW", SUBJECT, plan.getPupilId(), "plan " + planId + " meeting " + meetingOn);
    }

    /** The advice and papers were circulated to everyone invited, on the day given (not in the future). */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public void paperworkSent(long planId, int expectedLock, LocalDate on) {
        SupportPlan plan = requireRecorder(planId, "ANNUAL_REVIEW_PAPERS");
        EhcAnnualReview review = open(planId, expectedLock);
        notFuture(on, "paperworkSentOn");
        review.paperworkSent(on);
        save(review);
        auditLog.record("ANNUAL_REVIEW_PAPERS", SUBJECT, plan.getPupilId(), "plan " + planId + " on " + on);
    }

    /** The meeting's report went to the authority and everyone invited, on the day given. */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public void reportSent(long planId, int expectedLock, LocalDate on) {
        SupportPlan plan = requireRecorder(planId, "ANNUAL_REVIEW_REPORT");
        EhcAnnualReview review = open(planId, expectedLock);
        if (review.getHeldOn() == null) {
            throw new ValidationException(List.of(Violation.of("reportSentOn", "annualReview.notHeld")));
        }
        notFuture(on, "reportSentOn");
        if (on.isBefore(review.getHeldOn())) {
            throw new ValidationException(List.of(Violation.of("reportSentOn", "annualReview.beforeMeeting")));
        }
        review.reportSent(on);
        save(review);
        auditLog.record("ANNUAL_REVIEW_REPORT", SUBJECT, plan.getPupilId(), "plan " + planId + " on " + on);
    }

    /** What the caseworker decides. */
    public record Decision(ReviewDecision decision, LocalDate decidedOn, String reason) {
    }

    /**
     * The authority's decision after the meeting, with who, when and why. Maintain: the plan stays
     * in force unchanged (the draft made for the review is discarded) and the next review falls
     * due 12 months after the meeting. Cease: the plan ceases. Amend: the draft is the proposed
     * amendments, sent to the family today with 15 days to comment; the amended plan is issued by
     * agreeing it. The family and the plan's writers are told.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void decide(long planId, int expectedLock, Decision input) {
        SupportPlan plan = requireManager(planId, "ANNUAL_REVIEW_DECISION");
        EhcAnnualReview review = open(planId, expectedLock);
        LocalDate today = LocalDate.now(clock);
        List<Violation> violations = new ArrayList<>();
        String reason = input.reason() == null ? "" : input.reason().strip();
        if (reason.isEmpty()) {
            violations.add(Violation.of("reason", "annualReview.reason.required"));
        } else if (reason.length() > MAX_REASON) {
            violations.add(Violation.of("reason", "common.tooLong", MAX_REASON));
        }
        if (review.getHeldOn() == null) {
            violations.add(Violation.of("decision", "annualReview.notHeld"));
        } else if (input.decidedOn().isAfter(today) || input.decidedOn().isBefore(review.getHeldOn())) {
            violations.add(Violation.of("decidedOn", "annualReview.decidedOn.range"));
        }
        if (input.decision() == ReviewDecision.CEASE && reason.length() > PlanRules.MAX_STEP_NOTE) {
            violations.add(Violation.of("reason", "common.tooLong", PlanRules.MAX_STEP_NOTE));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        String actor = user().username();
        review.decide(input.decision(), input.decidedOn(), reason, actor, clock.instant());
        switch (input.decision()) {
            case MAINTAIN -> {
                PlanVersion draft = versions.findFirstBySupportPlanIdOrderByNumberDesc(planId).orElseThrow();
                if (!draft.isAgreed()) {
                    versions.delete(draft);
                }
                plan.keepAfterReview(actor, clock.instant(), reason,
                        AnnualReviewClock.meetingDue(Objects.requireNonNull(review.getHeldOn())));
            }
            case CEASE -> plan.cease(actor, clock.instant(), reason);
            case AMEND -> plan.openCommentWindow(today, AnnualReviewClock.AMENDMENT_COMMENT_DAYS);
        }
        save(review);
        try {
            plans.save(plan);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("plan " + planId + " changed while deciding");
        }
        auditLog.record("ANNUAL_REVIEW_DECISION", SUBJECT, plan.getPupilId(),
                "plan " + planId + " " + input.decision() + " on " + input.decidedOn());
        tell(plan, "notice.annualReview.decided", pupils.nameOf(plan.getPupilId()),
                Notice.key("enum.ReviewDecision." + input.decision().name()));
    }

    /** A generated letter. */
    public record ReviewLetter(String fileName, String language, byte[] bytes) {
    }

    /**
     * The letter to the parents on a decision to amend or cease, in the family's language (Welsh
     * or English): the decision and why, what happens next and how to appeal. For anyone who may
     * read the plan's content (the parents, the school, the authority; not the figures-only
     * finance and inclusion roles). Audited, refusals too.
     */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public ReviewLetter letter(long planId, long reviewId) {
        SupportPlan plan = ehcp(planId);
        requireRead(plan, "ANNUAL_REVIEW_LETTER");
        if (!accessPolicy.maySeeClinicalDetail(user())) {
            // the decision and its reasons are the plan's content: finance and inclusion roles see
            // amounts and counts only (issue 20 point 9)
            auditLog.recordDenied("ANNUAL_REVIEW_LETTER", SUBJECT, plan.getPupilId(),
                    "plan " + planId + ": not for figures-only roles");
            throw new AccessDeniedException("annual review letter of plan " + planId);
        }
        EhcAnnualReview review = reviews.findById(reviewId).filter(r -> r.getSupportPlanId() == planId)
                .orElseThrow(() -> new NotFoundException("annual review " + reviewId));
        if (!hasLetter(review)) {
            throw new NotFoundException("annual review " + reviewId + " has no letter");
        }
        PupilService.PupilFacts facts = pupils.facts(plan.getPupilId());
        String language = "cy".equals(facts.preferredLanguage()) ? "cy" : "en";
        Locale locale = Locale.forLanguageTag(language);
        Labels labels = (key, args) -> messages.getMessage(key, args, key, locale);
        String authority = organisation.authority(plan.getLocalAuthorityId()).displayName(language);
        List<String> amendments = review.getDecision() == ReviewDecision.AMEND ? amendments(planId, review, labels)
                : List.of();
        byte[] pdf = new ReviewLetterDocument(labels).render(authority, facts.displayName(), review, amendments);
        auditLog.record("ANNUAL_REVIEW_LETTER", SUBJECT, plan.getPupilId(), "plan " + planId + " review " + reviewId);
        return new ReviewLetter("annual-review-" + reviewId + "-" + language + ".pdf", language, pdf);
    }

    /** The proposed amendments: what differs between the reviewed version and the draft after it. */
    private List<String> amendments(long planId, EhcAnnualReview review, Labels labels) {
        List<PlanVersion> all = versions.findBySupportPlanIdOrderByNumber(planId);
        PlanVersion reviewed = all.stream().filter(v -> v.getNumber() == review.getReviewedVersion()).findFirst()
                .orElseThrow();
        PlanVersion next = all.stream().filter(v -> v.getNumber() == review.getReviewedVersion() + 1).findFirst()
                .orElse(null);
        if (next == null) {
            return List.of();
        }
        return PlanDiff.between(reviewed.content(), next.content()).stream()
                .map(c -> labels.get("plan.diff." + c.kind().name().toLowerCase()) + " · "
                        + labels.get("plan.section." + c.section()) + ": "
                        + (c.after() != null ? c.after() : Objects.requireNonNullElse(c.before(), "")))
                .toList();
    }

    private static boolean hasLetter(EhcAnnualReview review) {
        return review.getDecision() == ReviewDecision.AMEND || review.getDecision() == ReviewDecision.CEASE;
    }

    private void notFuture(LocalDate on, String field) {
        LocalDate today = LocalDate.now(clock);
        if (on.isAfter(today) || on.isBefore(today.minusYears(1))) {
            throw new ValidationException(List.of(Violation.of(field, "annualReview.date.range")));
        }
    }

    private EhcAnnualReview open(long planId, int expectedLock) {
        EhcAnnualReview review = reviews.findFirstBySupportPlanIdAndClosedFalseOrderByIdDesc(planId)
                .orElseThrow(() -> new ConflictException("plan " + planId + " has no annual review open"));
        if (!Objects.equals(review.getVersion(), expectedLock)) {
            throw new ConflictException("annual review " + review.getId() + " changed");
        }
        return review;
    }

    private void save(EhcAnnualReview review) {
        try {
            reviews.save(review);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("annual review " + review.getId() + " changed while saving");
        }
    }

    private SupportPlan ehcp(long planId) {
        SupportPlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        if (plan.getPlanType() != PlanType.EHCP) {
            throw new NotFoundException("plan " + planId + " is not an EHC plan");
        }
        return plan;
    }

    private PupilScope requireRead(SupportPlan plan, String action) {
        PupilScope scope = pupils.accessScope(plan.getPupilId());
        if (!accessPolicy.mayReadPupil(user(), scope)) {
            auditLog.recordDenied(action, SUBJECT, plan.getPupilId(), "plan " + plan.getId());
            throw new AccessDeniedException("plan " + plan.getId());
        }
        return scope;
    }

    private SupportPlan requireManager(long planId, String action) {
        SupportPlan plan = ehcp(planId);
        PupilScope scope = pupils.accessScope(plan.getPupilId());
        if (!accessPolicy.mayWritePlan(user(), scope, true)) {
            auditLog.recordDenied(action, SUBJECT, plan.getPupilId(), "plan " + planId);
            throw new AccessDeniedException("plan " + planId);
        }
        return plan;
    }

    private SupportPlan requireRecorder(long planId, String action) {
        SupportPlan plan = ehcp(planId);
        PupilScope scope = pupils.accessScope(plan.getPupilId());
        UserScope user = user();
        if (!accessPolicy.mayWritePlan(user, scope, true) && !isSchoolSenco(user, scope)) {
            auditLog.recordDenied(action, SUBJECT, plan.getPupilId(), "plan " + planId);
            throw new AccessDeniedException("plan " + planId);
        }
        return plan;
    }

    /** The SENCO of the pupil's own school (who usually convenes the meeting and writes its report). */
    private static boolean isSchoolSenco(UserScope user, PupilScope scope) {
        return user.has(Role.SCHOOL_SENCO) && Objects.equals(user.schoolId(), scope.schoolId());
    }

    /** Who the review's steps tell: the parents, the authority's caseworkers and the school's SENCOs. */
    private Audience audience(SupportPlan plan) {
        PupilScope scope = pupils.accessScope(plan.getPupilId());
        return Audience.of().add(Role.PARENT, accounts.parentsOf(plan.getPupilId()))
                .add(Role.CASEWORKER, accounts.holdersInAuthority(Role.CASEWORKER, scope.localAuthorityId()))
                .add(Role.SCHOOL_SENCO, accounts.holdersAtSchool(Role.SCHOOL_SENCO, scope.schoolId()));
    }

    /** Who scheduling or deciding would tell, for its confirmation. For the authority's caseworker. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<Told> told(long planId) {
        return notices.told(audience(requireManager(planId, "READ_PLAN")));
    }

    private void tell(SupportPlan plan, String key, Object... args) {
        PupilScope scope = pupils.accessScope(plan.getPupilId());
        List<String> to = new ArrayList<>(accounts.parentsOf(plan.getPupilId()));
        to.addAll(accounts.holdersInAuthority(Role.CASEWORKER, scope.localAuthorityId()));
        to.addAll(accounts.holdersAtSchool(Role.SCHOOL_SENCO, scope.schoolId()));
        notices.sendAbout(plan.getPupilId(), to.stream().distinct().toList(), "plans/" + plan.getId(), key, args);
    }

    private UserScope user() {
        return currentUser.require();
    }

    /** For the letter's lines: nothing when the value is absent. */
    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
