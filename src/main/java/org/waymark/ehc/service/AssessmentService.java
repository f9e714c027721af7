package org.waymark.ehc.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachedFiles;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.documents.domain.Labels;
import org.waymark.ehc.domain.AdviceKind;
import org.waymark.ehc.domain.AssessmentStatus;
import org.waymark.ehc.domain.AssessmentStep;
import org.waymark.ehc.domain.CaseSteps;
import org.waymark.ehc.domain.ClockException;
import org.waymark.ehc.domain.EhcPause;
import org.waymark.ehc.domain.EhcAdvice;
import org.waymark.ehc.domain.EhcAdviceRepository;
import org.waymark.ehc.domain.EhcAdviceIn;
import org.waymark.ehc.domain.EhcAssessment;
import org.waymark.ehc.domain.EhcClock;
import org.waymark.ehc.domain.EhcRules;
import org.waymark.notifications.domain.Notice;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.plans.service.PlanSummary;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.People;

/**
 * One EHC needs assessment and the authority's steps on it (SPEC §14, issue 17 points 1–3): the
 * decision whether to assess (a refusal makes a letter with appeal rights), the advice asked for
 * and returned as documents, the statutory exceptions that pause the clock, the draft EHC plan
 * (opened in the plans feature with the request's areas of need), the decision not to issue a plan
 * (a letter), the draft sent to the parents, their reply and choice of school, the consultation of
 * the named school; a team leader re-assigns the case. The final plan is issued when the plan's
 * draft is agreed ({@link PlanIssuing}). Caseworkers and team leaders of the pupil's authority take
 * the steps; every step is audited against the pupil.
 */
@Service
public class AssessmentService {

    private static final String SUBJECT = EhcAccess.SUBJECT;
    static final String WRITERS = "hasAnyRole('CASEWORKER','SEND_TEAM_LEADER')";

    private final EhcAccess access;
    private final EhcAdviceRepository adviceRepository;
    private final PlanService plans;
    private final AttachmentStore attachments;
    private final EhcNotices notices;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    AssessmentService(EhcAccess access, EhcAdviceRepository adviceRepository, PlanService plans,
                      AttachmentStore attachments, EhcNotices notices, AccountService accounts, AuditLog auditLog,
                      MessageSource messages, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.adviceRepository = adviceRepository;
        this.plans = plans;
        this.attachments = attachments;
        this.notices = notices;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A step of the case as its page shows it: when it started, its due date (pushed back by the
     * exceptions), when it was done, whether late; where it stands today while open.
     */
    public record StepLine(AssessmentStep step, @Nullable LocalDate start, @Nullable LocalDate due,
                           @Nullable LocalDate done, boolean late, EhcClock.@Nullable Standing standing) {
    }

    /** An adviser's advice: due, returned, late, where it stands while outstanding, files attached. */
    public record AdviceLine(EhcAdvice advice, LocalDate due, boolean late, EhcClock.@Nullable Standing standing,
                             int files) {
    }

    /** The case as its page shows it, with what the reader may do. */
    public record AssessmentPage(EhcAssessment assessment, String pupilName, String schoolName,
                                 @Nullable AssessmentStep current, List<StepLine> steps, List<AdviceLine> advice,
                                 boolean paused, boolean officer, boolean mayWrite, boolean mayReassign,
                                 boolean letter, People people) {
    }

    /** A statutory exception as the form gives it. */
    public record PauseInput(@Nullable ClockException reason, String notes, @Nullable LocalDate from,
                             @Nullable LocalDate to) {
    }

    /** A caseworker a case may go to. */
    public record Caseworker(String username, String name) {
    }

    /** One case, for its authority's officers, the school that asked or the pupil attends, and the parents. */
    @Transactional
    @PreAuthorize(EhcRequestService.READERS)
    public AssessmentPage page(long assessmentId) {
        EhcAssessment a = access.assessment(assessmentId);
        EhcAccess.EhcPupil p = access.readable(a, "READ_EHC_ASSESSMENT");
        auditLog.record("READ_EHC_ASSESSMENT", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId);
        UserScope user = access.user();
        LocalDate today = LocalDate.now(clock);
        List<EhcAdvice> advice = adviceRepository.findByEhcAssessmentIdOrderByIdAsc(assessmentId);
        CaseSteps.CaseFacts facts = CaseSteps.CaseFacts.of(a, advice);
        boolean paused = a.getStatus().open() && EhcClock.paused(a.periods(), today);
        List<AssessmentStep> open = a.openSteps();
        List<StepLine> steps = new ArrayList<>();
        for (AssessmentStep step : List.of(AssessmentStep.DECISION, AssessmentStep.DRAFT, AssessmentStep.COMMENTS,
                AssessmentStep.CONSULTATION, AssessmentStep.FINAL)) {
            LocalDate start = a.startOf(step);
            LocalDate done = a.doneOn(step);
            LocalDate due = start == null ? null
                    : EhcClock.due(step, start, a.periods(), done == null ? today : done);
            EhcClock.Standing standing = due != null && open.contains(step)
                    ? EhcClock.standing(due, today, paused) : null;
            boolean late = due != null && (done != null ? EhcClock.late(due, done)
                    : standing != null && standing.overdue());
            steps.add(new StepLine(step, start, due, done, late, standing));
        }
        List<AdviceLine> lines = advice.stream().map(v -> {
            LocalDate due = v.dueBy(a.periods(), v.getReturnedOn() == null ? today : v.getReturnedOn());
            EhcClock.Standing standing = v.outstanding() && a.getStatus().open()
                    ? EhcClock.standing(due, today, paused) : null;
            return new AdviceLine(v, due, v.late(a.periods(), today), standing,
                    attachments.of(OwnerType.EHC_ADVICE, Objects.requireNonNull(v.getId())).size());
        }).toList();
        List<String> named = new ArrayList<>(List.of(a.getCaseworker(), a.getRecordedBy()));
        a.getPauses().forEach(x -> named.add(x.recordedBy()));
        boolean officer = EhcAccess.isOfficer(user, a.getLocalAuthorityId());
        return new AssessmentPage(a, p.facts().displayName(), p.school().name(), CaseSteps.current(facts), steps,
                lines, paused, officer, EhcAccess.isWriter(user, a.getLocalAuthorityId()) && a.getStatus().open(),
                EhcAccess.isTeamLeader(user, a.getLocalAuthorityId()) && a.getStatus().open(),
                a.getStatus() == AssessmentStatus.NOT_ASSESSED || a.getStatus() == AssessmentStatus.NOT_ISSUED,
                accounts.people(named));
    }

    /**
     * The decision whether to assess, taken on {@code on}: to assess asks for the advice of
     * education (the pupil's school), health, social care and educational psychology, each due 6
     * weeks later; not to assess needs reasons, closes the case and makes the family's letter.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public void decide(long assessmentId, int expectedVersion, @Nullable Boolean assess, String reasons,
                       @Nullable LocalDate on) {
        EhcAssessment a = access.assessment(assessmentId);
        EhcAccess.EhcPupil p = stepping(a, "EHC_DECISION", AssessmentStatus.REQUESTED, expectedVersion);
        List<Violation> problems = new ArrayList<>();
        if (assess == null) {
            problems.add(Violation.of("assess", "ehc.required"));
        }
        if (Boolean.FALSE.equals(assess)) {
            EhcRules.text(problems, "reasons", reasons, EhcRules.MAX_DECISION);
        } else {
            EhcRules.optional(problems, "reasons", reasons, EhcRules.MAX_DECISION);
        }
        EhcRules.day(problems, "on", on, a.getReceivedOn(), LocalDate.now(clock));
        throwIf(problems);
        LocalDate day = Objects.requireNonNull(on);
        if (Boolean.TRUE.equals(assess)) {
            a.decideToAssess(day, reasons);
            access.save(a);
            for (AdviceKind kind : AdviceKind.required()) {
                access.save(EhcAdvice.request(assessmentId, kind,
                        kind == AdviceKind.EDUCATION ? p.school().name() : "", day));
            }
        } else {
            a.refuseToAssess(day, reasons);
            access.save(a);
        }
        auditLog.record("EHC_DECISION", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId + ": "
                + (Boolean.TRUE.equals(assess) ? "assess" : "not assess"));
        notices.send(a.getPupilId(), notices.schoolAndFamily(a.getPupilId(), a.getSchoolId()),
                "ehc/assessments/" + assessmentId, "notice.ehc.decided", p.facts().displayName(),
                Notice.key(Boolean.TRUE.equals(assess) ? "notice.ehc.outcome.assess" : "notice.ehc.outcome.notAssess"));
    }

    /** Another adviser's advice asked for on {@code on} (each due 6 weeks later). */
    @Transactional
    @PreAuthorize(WRITERS)
    public long addAdvice(long assessmentId, @Nullable AdviceKind kind, String adviser, @Nullable LocalDate on) {
        EhcAssessment a = access.assessment(assessmentId);
        access.writable(a, "EHC_ADVICE_REQUEST");
        if (a.getStatus() != AssessmentStatus.ASSESSING && a.getStatus() != AssessmentStatus.DRAFT) {
            throw new ConflictException("EHC assessment " + assessmentId + " is " + a.getStatus());
        }
        List<Violation> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Violation.of("kind", "ehc.required"));
        }
        if (kind == AdviceKind.OTHER) {
            EhcRules.text(problems, "adviser", adviser, EhcRules.MAX_NAME);
        } else {
            EhcRules.optional(problems, "adviser", adviser, EhcRules.MAX_NAME);
        }
        EhcRules.day(problems, "on", on, Objects.requireNonNull(a.getDecidedOn()), LocalDate.now(clock));
        throwIf(problems);
        EhcAdvice saved = access.save(EhcAdvice.request(assessmentId, Objects.requireNonNull(kind), adviser,
                Objects.requireNonNull(on)));
        auditLog.record("EHC_ADVICE_REQUEST", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId
                + " advice " + saved.getId() + " " + kind);
        return Objects.requireNonNull(saved.getId());
    }

    /** The advice came back on {@code on}: its document must be attached first. */
    @Transactional
    @PreAuthorize(WRITERS)
    public void returnAdvice(long adviceId, int expectedVersion, @Nullable LocalDate on) {
        EhcAdvice v = access.advice(adviceId);
        EhcAssessment a = access.assessment(v.getEhcAssessmentId());
        access.writable(a, "EHC_ADVICE_RETURNED");
        if (!v.outstanding()) {
            throw new ConflictException("EHC advice " + adviceId + " was returned");
        }
        EhcAccess.requireVersion(v.getVersion(), expectedVersion, "EHC advice " + adviceId);
        List<Violation> problems = new ArrayList<>();
        EhcRules.day(problems, "returnedOn", on, v.getRequestedOn(), LocalDate.now(clock));
        if (attachments.of(OwnerType.EHC_ADVICE, adviceId).isEmpty()) {
            problems.add(Violation.of("returnedOn", "ehc.advice.attachFirst"));
        }
        throwIf(problems);
        v.returned(Objects.requireNonNull(on), access.user().username());
        access.save(v);
        auditLog.record("EHC_ADVICE_RETURNED", SUBJECT, a.getPupilId(), "EHC advice " + adviceId
                + (v.late(a.periods(), LocalDate.now(clock)) ? " late" : ""));
        if (a.getStatus() == AssessmentStatus.ASSESSING && adviceRepository
                .findByEhcAssessmentIdOrderByIdAsc(v.getEhcAssessmentId()).stream().noneMatch(EhcAdvice::outstanding)) {
            events.publishEvent(new EhcAdviceIn(Objects.requireNonNull(a.getId()), a.getLocalAuthorityId(),
                    a.getPupilId(), a.getSchoolId(), Objects.requireNonNull(on)));
        }
    }

    /** The advice's documents, for those who may read the case. */
    @Transactional
    @PreAuthorize(EhcRequestService.READERS)
    public AttachedFiles adviceFiles(long adviceId) {
        EhcAdvice v = access.advice(adviceId);
        access.readable(access.assessment(v.getEhcAssessmentId()), "READ_ATTACHMENTS");
        return attachments.listed(OwnerType.EHC_ADVICE, adviceId);
    }

    /** One advice document with its bytes; audited as a read of the pupil's record. */
    @Transactional
    @PreAuthorize(EhcRequestService.READERS)
    public AttachmentStore.StoredFile adviceFile(long adviceId, long attachmentId) {
        EhcAdvice v = access.advice(adviceId);
        EhcAssessment a = access.assessment(v.getEhcAssessmentId());
        access.readable(a, "READ_ATTACHMENT");
        AttachmentStore.StoredFile file = attachments.read(OwnerType.EHC_ADVICE, adviceId, attachmentId);
        auditLog.record("READ_ATTACHMENT", SUBJECT, a.getPupilId(), "EHC advice " + adviceId + " attachment "
                + attachmentId);
        return file;
    }

    /** The caseworker attaches the advice's document while the case is open. */
    @Transactional
    @PreAuthorize(WRITERS)
    public Attachment attachAdvice(long adviceId, AttachmentKind kind, String sentName, byte[] bytes) {
        EhcAdvice v = access.advice(adviceId);
        EhcAssessment a = access.assessment(v.getEhcAssessmentId());
        access.writable(a, "EHC_ADVICE_ATTACH");
        if (!a.getStatus().open()) {
            throw new ConflictException("EHC assessment " + a.getId() + " is " + a.getStatus());
        }
        Attachment attachment = attachments.store(OwnerType.EHC_ADVICE, adviceId, a.getPupilId(), kind, sentName,
                bytes, access.user().username());
        auditLog.record("EHC_ADVICE_ATTACH", SUBJECT, a.getPupilId(), "EHC advice " + adviceId + " attachment "
                + attachment.getId());
        return attachment;
    }

    /** An advice document removed while the advice is still outstanding. */
    @Transactional
    @PreAuthorize(WRITERS)
    public void removeAdviceFile(long adviceId, long attachmentId) {
        EhcAdvice v = access.advice(adviceId);
        EhcAssessment a = access.assessment(v.getEhcAssessmentId());
        access.writable(a, "REMOVE_ATTACHMENT");
        if (!v.outstanding()) {
            throw new ConflictException("EHC advice " + adviceId + " was returned");
        }
        attachments.remove(OwnerType.EHC_ADVICE, adviceId, attachmentId, access.user().username());
        auditLog.record("REMOVE_ATTACHMENT", SUBJECT, a.getPupilId(), "EHC advice " + adviceId + " attachment "
                + attachmentId);
    }

    /** Records a statutory exception with its reasons and period (open while it has no end). */
    @Transactional
    @PreAuthorize(WRITERS)
    public void pause(long assessmentId, int expectedVersion, PauseInput input) {
        EhcAssessment a = access.assessment(assessmentId);
        access.writable(a, "EHC_PAUSE");
        if (!a.getStatus().open()) {
            throw new ConflictException("EHC assessment " + assessmentId + " is " + a.getStatus());
        }
        EhcAccess.requireVersion(a.getVersion(), expectedVersion, "EHC assessment " + assessmentId);
        List<Violation> problems = EhcRules.pause(input.reason(), input.notes(), input.from(), input.to(),
                a.getReceivedOn(), LocalDate.now(clock));
        if (input.to() == null && a.openPause() != null) {
            problems = new ArrayList<>(problems);
            problems.add(Violation.of("to", "ehc.pause.alreadyOpen"));
        }
        throwIf(problems);
        a.pause(new EhcPause(Objects.requireNonNull(input.reason()), input.notes().strip(),
                Objects.requireNonNull(input.from()), input.to(), access.user().username()));
        access.save(a);
        auditLog.record("EHC_PAUSE", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId + " "
                + input.reason() + " from " + input.from() + (input.to() == null ? "" : " to " + input.to()));
    }

    /** Ends the open exception on {@code on}: the clock runs again from the next day. */
    @Transactional
    @PreAuthorize(WRITERS)
    public void endPause(long assessmentId, int expectedVersion, @Nullable LocalDate on) {
        EhcAssessment a = access.assessment(assessmentId);
        access.writable(a, "EHC_PAUSE_END");
        EhcPause open = a.openPause();
        if (open == null) {
            throw new ConflictException("EHC assessment " + assessmentId + " has no open exception");
        }
        EhcAccess.requireVersion(a.getVersion(), expectedVersion, "EHC assessment " + assessmentId);
        List<Violation> problems = new ArrayList<>();
        EhcRules.day(problems, "endOn", on, open.fromOn(), LocalDate.now(clock));
        if (on != null && open.reason().needsFourWeeks()
                && ChronoUnit.DAYS.between(open.fromOn(), on) + 1 < EhcClock.FOUR_WEEKS) {
            problems.add(Violation.of("endOn", "ehc.pause.fourWeeks"));
        }
        throwIf(problems);
        a.endPause(Objects.requireNonNull(on));
        access.save(a);
        auditLog.record("EHC_PAUSE_END", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId + " to " + on);
    }

    /**
     * Drafts the EHC plan: a new EHCP of the plans feature (or the pupil's EHCP still in draft),
     * with the request's areas of need, each described by the request's reasons for the caseworker
     * to rewrite. Returns the plan, to open in the plan editor.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public long draft(long assessmentId, int expectedVersion) {
        EhcAssessment a = access.assessment(assessmentId);
        stepping(a, "EHC_DRAFT", AssessmentStatus.ASSESSING, expectedVersion);
        PlanSummary existing = plans.plansOf(a.getPupilId()).stream()
                .filter(s -> s.type() == PlanType.EHCP && s.status() != PlanStatus.CEASED).findFirst().orElse(null);
        long planId;
        if (existing != null) {
            if (existing.status() != PlanStatus.DRAFT) {
                throw new ValidationException(List.of(Violation.of("draft", "ehc.draft.planInForce")));
            }
            planId = existing.planId();
        } else {
            planId = plans.startPlan(a.getPupilId(), PlanType.EHCP);
            var opened = plans.open(planId);
            String described = a.getReasons().length() <= 2000 ? a.getReasons()
                    : a.getReasons().substring(0, 1999) + "…";
            PlanContent content = opened.shown().withNeeds(a.needAreas().stream()
                    .map(area -> new PlanContent.Need(area, described)).toList());
            plans.saveDraft(planId, opened.shownVersionLock(), content);
        }
        a.startDraft(planId);
        access.save(a);
        auditLog.record("EHC_DRAFT", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId + " plan " + planId);
        return planId;
    }

    /** After assessing, the decision not to issue a plan, with reasons: closes the case, makes the letter. */
    @Transactional
    @PreAuthorize(WRITERS)
    public void notIssue(long assessmentId, int expectedVersion, String reasons, @Nullable LocalDate on) {
        EhcAssessment a = access.assessment(assessmentId);
        EhcAccess.EhcPupil p = stepping(a, "EHC_NOT_ISSUE", AssessmentStatus.ASSESSING, expectedVersion);
        List<Violation> problems = new ArrayList<>();
        EhcRules.text(problems, "reasons", reasons, EhcRules.MAX_DECISION);
        EhcRules.day(problems, "on", on, Objects.requireNonNull(a.getDecidedOn()), LocalDate.now(clock));
        throwIf(problems);
        a.decideNotToIssue(Objects.requireNonNull(on), reasons);
        access.save(a);
        auditLog.record("EHC_NOT_ISSUE", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId);
        notices.send(a.getPupilId(), notices.schoolAndFamily(a.getPupilId(), a.getSchoolId()),
                "ehc/assessments/" + assessmentId, "notice.ehc.decided", p.facts().displayName(),
                Notice.key("notice.ehc.outcome.notIssue"));
    }

    /**
     * The draft plan went to the parents on {@code on}: 15 days for their comments and choice of
     * school. The plan opens to the family's views for the days left of the 15.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void sendDraft(long assessmentId, int expectedVersion, @Nullable LocalDate on) {
        EhcAssessment a = access.assessment(assessmentId);
        EhcAccess.EhcPupil p = stepping(a, "EHC_DRAFT_SENT", AssessmentStatus.DRAFT, expectedVersion);
        LocalDate today = LocalDate.now(clock);
        List<Violation> problems = new ArrayList<>();
        EhcRules.day(problems, "on", on, Objects.requireNonNull(a.getDecidedOn()), today);
        if (a.getDraftSentOn() != null) {
            problems.add(Violation.of("on", "ehc.draft.alreadySent"));
        }
        throwIf(problems);
        LocalDate day = Objects.requireNonNull(on);
        a.sendDraft(day);
        access.save(a);
        long left = EhcClock.COMMENT_DAYS - ChronoUnit.DAYS.between(day, today);
        if (left > 0) {
            plans.shareWithFamily(Objects.requireNonNull(a.getSupportPlanId()), (int) left);
        }
        auditLog.record("EHC_DRAFT_SENT", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId + " on " + day);
        notices.send(a.getPupilId(), notices.schoolAndFamily(a.getPupilId(), a.getSchoolId()),
                "ehc/assessments/" + assessmentId, "notice.ehc.draftSent", p.facts().displayName());
    }

    /** The parents replied on {@code on}, naming the school they want (or none). */
    @Transactional
    @PreAuthorize(WRITERS)
    public void parentsReplied(long assessmentId, int expectedVersion, @Nullable LocalDate on, String school) {
        EhcAssessment a = access.assessment(assessmentId);
        stepping(a, "EHC_PARENTS_REPLIED", AssessmentStatus.DRAFT, expectedVersion);
        List<Violation> problems = new ArrayList<>();
        if (a.getDraftSentOn() == null) {
            problems.add(Violation.of("on", "ehc.draft.notSent"));
        } else {
            EhcRules.day(problems, "on", on, a.getDraftSentOn(), LocalDate.now(clock));
        }
        EhcRules.optional(problems, "school", school, EhcRules.MAX_NAME);
        throwIf(problems);
        a.parentsReplied(Objects.requireNonNull(on), school);
        access.save(a);
        auditLog.record("EHC_PARENTS_REPLIED", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId);
    }

    /** The named school consulted on {@code on}: 15 days to answer. */
    @Transactional
    @PreAuthorize(WRITERS)
    public void consult(long assessmentId, int expectedVersion, @Nullable LocalDate on, String school) {
        EhcAssessment a = access.assessment(assessmentId);
        stepping(a, "EHC_CONSULT", AssessmentStatus.DRAFT, expectedVersion);
        List<Violation> problems = new ArrayList<>();
        EhcRules.day(problems, "on", on, Objects.requireNonNull(a.getDecidedOn()), LocalDate.now(clock));
        EhcRules.text(problems, "school", school, EhcRules.MAX_NAME);
        throwIf(problems);
        a.consultSchool(Objects.requireNonNull(on), school);
        access.save(a);
        auditLog.record("EHC_CONSULT", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId);
    }

    /** The consulted school answered on {@code on}. */
    @Transactional
    @PreAuthorize(WRITERS)
    public void schoolAnswered(long assessmentId, int expectedVersion, @Nullable LocalDate on) {
        EhcAssessment a = access.assessment(assessmentId);
        stepping(a, "EHC_SCHOOL_ANSWERED", AssessmentStatus.DRAFT, expectedVersion);
        List<Violation> problems = new ArrayList<>();
        if (a.getConsultedOn() == null) {
            problems.add(Violation.of("answeredOn", "ehc.consult.none"));
        } else {
            EhcRules.day(problems, "answeredOn", on, a.getConsultedOn(), LocalDate.now(clock));
        }
        throwIf(problems);
        a.schoolAnswered(Objects.requireNonNull(on));
        access.save(a);
        auditLog.record("EHC_SCHOOL_ANSWERED", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId);
    }

    /**
     * A case moved on one step: the caller may write it (refused and audited otherwise), it is in
     * {@code status}, and the screen saw its current version.
     */
    private EhcAccess.EhcPupil stepping(EhcAssessment a, String action, AssessmentStatus status, int expectedVersion) {
        EhcAccess.EhcPupil p = access.writable(a, action);
        requireStatus(a, status);
        EhcAccess.requireVersion(a.getVersion(), expectedVersion, "EHC assessment " + a.getId());
        return p;
    }

    /** The caseworkers of the caller's authority a case may go to, by name. */
    @Transactional
    @PreAuthorize(EhcRequestService.OFFICERS)
    public List<Caseworker> caseworkers() {
        long laId = access.officersAuthority("READ_EHC_CASEWORKERS");
        List<String> usernames = accounts.holdersInAuthority(org.waymark.security.domain.Role.CASEWORKER, laId);
        People people = accounts.people(usernames);
        return usernames.stream().map(u -> new Caseworker(u, people.name(u)))
                .sorted(java.util.Comparator.comparing(Caseworker::name)).toList();
    }

    /** A team leader hands an open case to another of the authority's caseworkers, who is told. */
    @Transactional
    @PreAuthorize("hasRole('SEND_TEAM_LEADER')")
    public void reassign(long assessmentId, int expectedVersion, @Nullable String caseworker) {
        EhcAssessment a = access.assessment(assessmentId);
        EhcAccess.EhcPupil p = access.pupil(a.getPupilId(), "EHC_REASSIGN");
        if (!EhcAccess.isTeamLeader(access.user(), a.getLocalAuthorityId())) {
            access.refuse("EHC_REASSIGN", a.getPupilId(), "EHC assessment " + assessmentId);
        }
        if (!a.getStatus().open()) {
            throw new ConflictException("EHC assessment " + assessmentId + " is " + a.getStatus());
        }
        EhcAccess.requireVersion(a.getVersion(), expectedVersion, "EHC assessment " + assessmentId);
        if (caseworker == null || !accounts.holdersInAuthority(org.waymark.security.domain.Role.CASEWORKER,
                a.getLocalAuthorityId()).contains(caseworker)) {
            throw new ValidationException(List.of(Violation.of("caseworker", "ehc.required")));
        }
        String from = a.getCaseworker();
        a.reassign(caseworker);
        access.save(a);
        auditLog.record("EHC_REASSIGN", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId + " from " + from
                + " to " + caseworker);
        notices.send(a.getPupilId(), notices.caseworker(caseworker), "ehc/assessments/" + assessmentId,
                "notice.ehc.assigned", p.facts().displayName());
    }

    /**
     * The letter of a decision not to assess or not to issue a plan, in the family's language (Welsh
     * or English), with the right to appeal: for the authority's officers, the school and the parents.
     */
    @Transactional
    @PreAuthorize(EhcRequestService.READERS)
    public EhcLetter letter(long assessmentId) {
        EhcAssessment a = access.assessment(assessmentId);
        EhcAccess.EhcPupil p = access.readable(a, "EHC_LETTER");
        if (a.getStatus() != AssessmentStatus.NOT_ASSESSED && a.getStatus() != AssessmentStatus.NOT_ISSUED) {
            throw new ConflictException("EHC assessment " + assessmentId + " is " + a.getStatus());
        }
        auditLog.record("EHC_LETTER", SUBJECT, a.getPupilId(), "EHC assessment " + assessmentId + " letter");
        String language = p.letterLanguage();
        Locale locale = Locale.forLanguageTag(language);
        Labels labels = (key, args) -> messages.getMessage(key, args, key, locale);
        byte[] pdf = new EhcLetterDocument(labels).refusal(new EhcLetterDocument.Parties(
                p.authority().displayName(language), p.school().name(), p.facts().displayName()), a);
        return new EhcLetter("ehc-" + assessmentId + "-" + language + ".pdf", language, pdf);
    }

    private static void requireStatus(EhcAssessment a, AssessmentStatus status) {
        if (a.getStatus() != status) {
            throw new ConflictException("EHC assessment " + a.getId() + " is " + a.getStatus());
        }
    }

    private static void throwIf(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
