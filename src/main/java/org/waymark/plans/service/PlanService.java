package org.waymark.plans.service;

import org.waymark.base.domain.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachedFiles;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.documents.domain.Labels;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.plans.domain.PlanAgreed;
import org.waymark.plans.domain.AnnualReviewClock;
import org.waymark.plans.domain.EhcAnnualReview;
import org.waymark.plans.domain.EhcAnnualReviewRepository;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.ReviewDecision;
import org.waymark.plans.domain.PlanContribution;
import org.waymark.plans.domain.PlanContributionRepository;
import org.waymark.plans.domain.PlanDiff;
import org.waymark.plans.domain.PlanDirectory;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.plans.domain.PlanReview;
import org.waymark.plans.domain.PlanReviewDues;
import org.waymark.plans.domain.PlanReviewRepository;
import org.waymark.plans.domain.PlanRules;
import org.waymark.plans.domain.ReviewRules;
import org.waymark.notifications.domain.Notice;
import org.waymark.notifications.service.Audience;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.PlanVersion;
import org.waymark.plans.domain.PlanVersionRepository;
import org.waymark.plans.domain.SupportPlan;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.plans.domain.Voice;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;

/**
 * Plan use cases. Reads need read access to the pupil; writes need the plan's writer (the
 * school's SENCO, or an authority caseworker for plans the authority maintains); the family's
 * views come only from the child's parent during the comment window. Everything is audited
 * against the pupil's record.
 */
@Service
public class PlanService {

    private static final String SUBJECT = "PUPIL";

    private final SupportPlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanContributionRepository contributions;
    private final PlanDirectory directory;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;
    private final PlanReviewRepository reviews;
    private final AttachmentStore attachments;
    private final NoticeService notices;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final EhcAnnualReviewRepository annualReviews;
    private final PlanReviewDues reviewDues;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    PlanService(SupportPlanRepository plans, PlanVersionRepository versions,
                PlanContributionRepository contributions, PlanDirectory directory, PupilService pupils, OrganisationService organisation,
                AccessPolicy accessPolicy, CurrentUser currentUser, AuditLog auditLog, MessageSource messages,
                Clock clock, PlanReviewRepository reviews, AttachmentStore attachments, NoticeService notices,
                AccountService accounts, EhcAnnualReviewRepository annualReviews, ApplicationEventPublisher events,
                PlanReviewDues reviewDues) {
        this.reviewDues = reviewDues;
        this.events = events;
        this.annualReviews = annualReviews;
        this.reviews = reviews;
        this.attachments = attachments;
        this.notices = notices;
        this.accounts = accounts;
        this.messages = messages;
        this.plans = plans;
        this.versions = versions;
        this.contributions = contributions;
        this.directory = directory;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The plans of a pupil the caller may see. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<PlanSummary> plansOf(long pupilId) {
        requireRead(pupilId, "READ_PLANS");
        LocalDate today = LocalDate.now(clock);
        return plans.findByPupilIdOrderByCreatedAt(pupilId).stream().map(plan -> summary(plan, today)).toList();
    }

    /**
     * The plan types the caller may start for this pupil: those of the pupil's nation that the
     * caller may write and of which the pupil has no plan yet that has not ceased.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<PlanType> typesCallerMayStart(long pupilId) {
        PupilScope scope = pupils.accessScope(pupilId);
        UserScope user = currentUser.require();
        List<PlanType> active = plans.findByPupilIdOrderByCreatedAt(pupilId).stream()
                .filter(p -> p.getStatus() != PlanStatus.CEASED).map(SupportPlan::getPlanType).toList();
        return PlanType.forNation(organisation.nation(scope.localAuthorityId())).stream()
                .filter(t -> !active.contains(t))
                .filter(t -> accessPolicy.mayWritePlan(user, scope, t.maintainedByAuthority())).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public long startPlan(long pupilId, PlanType type) {
        PupilScope scope = pupils.accessScope(pupilId);
        if (!typesCallerMayStart(pupilId).contains(type)) {
            auditLog.recordDenied("START_PLAN", SUBJECT, pupilId, type.name());
            throw new AccessDeniedException("plan type " + type + " for pupil " + pupilId);
        }
        String actor = currentUser.require().username();
        SupportPlan plan = plans.save(SupportPlan.start(pupilId, scope.localAuthorityId(), type, actor, clock.instant()));
        long planId = Objects.requireNonNull(plan.getId());
        versions.save(PlanVersion.draft(planId, 1, PlanContent.empty(), actor, clock.instant()));
        auditLog.record("START_PLAN", SUBJECT, pupilId, type.name() + " plan " + planId);
        return planId;
    }

    /** Plan reviews in the caller's scope, soonest first; with {@code overdueOnly} just the late ones. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public List<PlanDirectory.ReviewRow> reviews(boolean overdueOnly, int offset, int limit) {
        return directory.reviews(accessPolicy.pupilListScope(currentUser.require()), overdueOnly, LocalDate.now(clock),
                offset, Math.min(limit, 500));
    }

    /** A plan with its history; audited as a read of the pupil's record. */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public PlanDetails open(long planId) {
        SupportPlan plan = load(planId);
        PupilScope scope = requireContent(plan.getPupilId(), "READ_PLAN");
        auditLog.record("READ_PLAN", SUBJECT, plan.getPupilId(), "plan " + planId);
        List<PlanVersion> all = versions.findBySupportPlanIdOrderByNumber(planId);
        PlanVersion shown = plan.editable() ? all.getLast()
                : all.stream().filter(PlanVersion::isAgreed).reduce((a, b) -> b).orElse(all.getLast());
        UserScope user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        List<String> named = new java.util.ArrayList<>();
        plan.getSteps().forEach(st -> named.add(st.actor()));
        all.forEach(v -> {
            named.add(v.getUpdatedBy());
            named.add(v.getAgreedBy());
        });
        reviews.findBySupportPlanIdOrderByHeldOnDescIdDesc(planId).forEach(r -> named.add(r.getRecordedBy()));
        named.removeIf(Objects::isNull);
        return new PlanDetails(plan, pupils.nameOf(plan.getPupilId()),
                all.stream().map(v -> new PlanDetails.VersionLine(v.getNumber(), v.isAgreed(), v.getUpdatedAt(),
                        v.getUpdatedBy(), v.getAgreedAt(), v.getAgreedBy())).toList(),
                shown.getNumber(), Objects.requireNonNull(shown.getVersion()), shown.content(),
                contributions.findBySupportPlanIdOrderByAddedAt(planId), plan.commentDaysLeft(today),
                accessPolicy.mayWritePlan(user, scope, plan.getPlanType().maintainedByAuthority()),
                plan.commentWindowOpen(today) && accessPolicy.mayAddFamilyViews(user, scope),
                accounts.people(named));
    }

    /** The content of one version, for comparing or printing. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public PlanContent version(long planId, int number) {
        SupportPlan plan = load(planId);
        // scope only: other features' own pages (ASN hours requests the inclusion team moderates)
        // show the plan's targets through here; the plan's own page and documents are narrower
        requireRead(plan.getPupilId(), "READ_PLAN");
        return versions.findBySupportPlanIdAndNumber(planId, number)
                .orElseThrow(() -> new NotFoundException("plan " + planId + " version " + number)).content();
    }

    /**
     * What changed from one version to another: the plan's content, on its own page, so refused
     * (audited) to the figures-only finance and inclusion roles, as the page is (issue 20 point 9).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<PlanDiff.Change> compare(long planId, int older, int newer) {
        requireContent(load(planId).getPupilId(), "READ_PLAN");
        return PlanDiff.between(version(planId, older), version(planId, newer));
    }

    /**
     * Saves the draft. {@code expectedLock} is the draft's version as the editor loaded it: when
     * someone saved in between, nothing is written and a conflict is thrown.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public int saveDraft(long planId, int expectedLock, PlanContent content) {
        SupportPlan plan = requireWrite(planId, "SAVE_PLAN");
        if (!plan.editable()) {
            throw new ConflictException("plan " + planId + " is " + plan.getStatus());
        }
        PlanVersion draft = latest(planId);
        List<Violation> violations = new java.util.ArrayList<>(PlanRules.validate(content));
        violations.addAll(PlanRules.targetDates(content, draft.content(), LocalDate.now(clock)));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (draft.isAgreed() || !Objects.equals(draft.getVersion(), expectedLock)) {
            throw new ConflictException("plan " + planId + " draft changed");
        }
        draft.replaceContent(content, currentUser.require().username(), clock.instant());
        try {
            PlanVersion saved = versions.save(draft);
            auditLog.record("SAVE_PLAN", SUBJECT, plan.getPupilId(), "plan " + planId + " v" + draft.getNumber());
            return Objects.requireNonNull(saved.getVersion());
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("plan " + planId + " draft changed while saving");
        }
    }

    /** The draft is agreed (or issued): it becomes an immutable version in force. */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public void agree(long planId) {
        SupportPlan plan = requireWrite(planId, "AGREE_PLAN");
        PlanVersion draft = latest(planId);
        boolean ehcp = plan.getPlanType() == PlanType.EHCP;
        List<Violation> violations = new java.util.ArrayList<>(ehcp ? PlanRules.readyToIssueEhcp(draft.content())
                : PlanRules.readyToAgree(draft.content()));
        if (ehcp && annualReviews.findFirstBySupportPlanIdAndClosedFalseOrderByIdDesc(planId)
                .filter(r -> r.getDecision() != ReviewDecision.AMEND).isPresent()) {
            // during an annual review a new version is issued only as the amended plan, after the decision to amend
            violations.add(Violation.of("annualReview", "annualReview.decideFirst"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        String actor = currentUser.require().username();
        LocalDate today = LocalDate.now(clock);
        plan.agree(actor, clock.instant(), today);
        draft.agree(actor, clock.instant());
        if (ehcp) {
            amendedPlanIssued(plan, today);
        }
        save(plan);
        versions.save(draft);
        auditLog.record("AGREE_PLAN", SUBJECT, plan.getPupilId(), "plan " + planId + " v" + draft.getNumber());
        events.publishEvent(new PlanAgreed(planId, plan.getPupilId(), plan.getPlanType(), draft.getNumber(),
                LocalDate.now(clock)));
        tellFamilyAndWriters(plan, "notice.plan.agreed", typeKey(plan), pupilName(plan), draft.getNumber(),
                Dates.DAY_MONTH_YEAR.format(Objects.requireNonNull(plan.getNextReviewDate())));
    }

    /**
     * An EHC plan issued while its annual review decided to amend it: the amended plan closes the
     * review, and the next review falls due 12 months after that review's meeting.
     */
    private void amendedPlanIssued(SupportPlan plan, LocalDate today) {
        annualReviews.findFirstBySupportPlanIdAndClosedFalseOrderByIdDesc(Objects.requireNonNull(plan.getId()))
                .filter(r -> r.getDecision() == ReviewDecision.AMEND && r.getHeldOn() != null)
                .ifPresent(r -> {
                    r.amendedPlanIssued(today);
                    plan.reviewDueOn(AnnualReviewClock.meetingDue(Objects.requireNonNull(r.getHeldOn())));
                    saveAnnualReview(r);
                });
    }

    private void saveAnnualReview(EhcAnnualReview review) {
        try {
            annualReviews.save(review);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("annual review " + review.getId() + " changed while saving");
        }
    }

    /** A review starts: the version in force is copied into a new draft. */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public void startReview(long planId) {
        SupportPlan plan = requireWrite(planId, "REVIEW_PLAN");
        String actor = currentUser.require().username();
        plan.startReview(actor, clock.instant());
        PlanVersion inForce = latest(planId);
        save(plan);
        versions.save(PlanVersion.draft(planId, inForce.getNumber() + 1, inForce.content(), actor, clock.instant()));
        auditLog.record("REVIEW_PLAN", SUBJECT, plan.getPupilId(), "plan " + planId);
        tellFamilyAndWriters(plan, "notice.plan.reviewStarted", typeKey(plan), pupilName(plan));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public void cease(long planId, String reason) {
        SupportPlan plan = requireWrite(planId, "CEASE_PLAN");
        if (reason.isBlank()) {
            throw new ValidationException(List.of(Violation.of("reason", "plan.cease.reasonRequired")));
        }
        if (reason.strip().length() > PlanRules.MAX_STEP_NOTE) {
            throw new ValidationException(List.of(Violation.of("reason", "common.tooLong", PlanRules.MAX_STEP_NOTE)));
        }
        plan.cease(currentUser.require().username(), clock.instant(), reason.strip());
        annualReviews.findFirstBySupportPlanIdAndClosedFalseOrderByIdDesc(planId).ifPresent(r -> {
            r.close();
            saveAnnualReview(r);
        });
        save(plan);
        auditLog.record("CEASE_PLAN", SUBJECT, plan.getPupilId(), "plan " + planId + ": " + reason.strip());
        tellFamilyAndWriters(plan, "notice.plan.ceased", typeKey(plan), pupilName(plan), reason.strip());
    }

    /** How often the plan is reviewed, in months (1 to 24); moves a scheduled review accordingly. */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public void changeReviewInterval(long planId, int months) {
        SupportPlan plan = requireWrite(planId, "PLAN_REVIEW_INTERVAL");
        if (months < 1 || months > 24) {
            throw new ValidationException(List.of(Violation.of("reviewInterval", "plan.reviewInterval.range")));
        }
        if (plan.getPlanType() == PlanType.EHCP && months > AnnualReviewClock.REVIEW_MONTHS) {
            // an EHC plan is reviewed at least every 12 months (Children and Families Act 2014, s.44)
            throw new ValidationException(List.of(Violation.of("reviewInterval", "plan.reviewInterval.ehcp")));
        }
        plan.changeReviewInterval(months);
        save(plan);
        auditLog.record("PLAN_REVIEW_INTERVAL", SUBJECT, plan.getPupilId(), "plan " + planId + ": " + months + " months");
    }

    /** Opens the draft to the family's views for {@code days} days. */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public void shareWithFamily(long planId, int days) {
        SupportPlan plan = requireWrite(planId, "SHARE_PLAN");
        plan.openCommentWindow(LocalDate.now(clock), days);
        save(plan);
        auditLog.record("SHARE_PLAN", SUBJECT, plan.getPupilId(), "plan " + planId + " for " + days + " days");
        tellFamily(plan, "notice.plan.shared", typeKey(plan), pupilName(plan),
                Dates.DAY_MONTH_YEAR.format(Objects.requireNonNull(plan.getCommentWindowEndsOn())));
    }

    /** A parent adds their own or their child's views to the draft while the window is open. */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void addFamilyViews(long planId, Voice voice, String words) {
        SupportPlan plan = load(planId);
        PupilScope scope = pupils.accessScope(plan.getPupilId());
        UserScope user = currentUser.require();
        if (!accessPolicy.mayAddFamilyViews(user, scope)) {
            auditLog.recordDenied("ADD_VIEWS", SUBJECT, plan.getPupilId(), "plan " + planId);
            throw new AccessDeniedException("plan " + planId);
        }
        if (!plan.commentWindowOpen(LocalDate.now(clock))) {
            throw new ValidationException(List.of(Violation.of("words", "plan.views.windowClosed")));
        }
        if (voice == Voice.STAFF) {
            throw new ValidationException(List.of(Violation.of("voice", "plan.views.voice")));
        }
        if (words.isBlank() || words.length() > PlanContribution.MAX_LENGTH) {
            throw new ValidationException(List.of(Violation.of("words", "plan.views.length", PlanContribution.MAX_LENGTH)));
        }
        contributions.save(new PlanContribution(null, planId, latest(planId).getNumber(), voice, words.strip(),
                user.username(), clock.instant()));
        auditLog.record("ADD_VIEWS", SUBJECT, plan.getPupilId(), "plan " + planId + " " + voice);
        tellWriters(plan, scope, "notice.plan.views", Notice.key("notice.voice." + voice.name()), typeKey(plan), pupilName(plan));
    }

    private PlanSummary summary(SupportPlan plan, LocalDate today) {
        List<PlanVersion> all = versions.findBySupportPlanIdOrderByNumber(Objects.requireNonNull(plan.getId()));
        Integer inForce = all.stream().filter(PlanVersion::isAgreed).map(PlanVersion::getNumber)
                .reduce((a, b) -> b).orElse(null);
        return new PlanSummary(plan.getId(), plan.getPupilId(), plan.getPlanType(), plan.getStatus(),
                all.isEmpty() ? 0 : all.getLast().getNumber(), inForce, plan.getNextReviewDate(),
                plan.reviewOverdue(today), plan.commentDaysLeft(today));
    }

    /**
     * As {@link #requireRead}, for the plan's content and documents: refused (and audited) to a
     * reader whose roles see amounts and counts only (finance, inclusion; issue 20 point 9).
     */
    private PupilScope requireContent(long pupilId, String action) {
        PupilScope scope = requireRead(pupilId, action);
        if (!accessPolicy.maySeeClinicalDetail(currentUser.require())) {
            auditLog.recordDenied(action, SUBJECT, pupilId, "plan content is not for figures-only roles");
            throw new AccessDeniedException("plan content of pupil " + pupilId);
        }
        return scope;
    }

    private PupilScope requireRead(long pupilId, String action) {
        PupilScope scope = pupils.accessScope(pupilId);
        if (!accessPolicy.mayReadPupil(currentUser.require(), scope)) {
            auditLog.recordDenied(action, SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        return scope;
    }

    /**
     * The plan as a PDF in the reader's language: the draft being worked on, or the version in
     * force. Audited as a print of the pupil's record.
     */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public PrintedPlan pdf(long planId, Locale locale) {
        PlanDetails details = open(planId);
        Labels labels = (key, args) -> messages.getMessage(key, args, key, locale);
        String type = labels.get("enum.PlanType." + details.plan().getPlanType().name());
        String status = labels.get("plan.pdf.status", labels.get("enum.PlanStatus." + details.plan().getStatus().name()),
                details.shownVersion(), Dates.DAY_MONTH_YEAR.format(LocalDate.now(clock)));
        List<String> views = details.contributions().stream()
                .map(c -> "[" + labels.get("enum.Voice." + c.voice().name()) + "] " + c.words()).toList();
        List<String> attached = attachments.of(OwnerType.PLAN, planId).stream()
                .map(a -> labels.get("enum.AttachmentKind." + a.getKind().name()) + ": " + a.getDisplayName()).toList();
        byte[] bytes = new PlanDocument(labels).render(details.pupilName(), type, status, details.shown(), views,
                attached, details.plan().getPlanType() == PlanType.EHCP);
        auditLog.record("PRINT_PLAN", SUBJECT, details.plan().getPupilId(), "plan " + planId + " v" + details.shownVersion());
        String fileName = "plan-" + planId + "-v" + details.shownVersion() + ".pdf";
        return new PrintedPlan(fileName, bytes);
    }

    /** A generated plan document. */
    public record PrintedPlan(String fileName, byte[] bytes) {
    }

    /** The largest attachment accepted, in bytes. */
    @PreAuthorize(Roles.PUPIL_READERS)
    public long attachmentSizeLimit() {
        return attachments.maxBytes();
    }

    /** The plan's attachments, for anyone who may read the plan. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<Attachment> attachments(long planId) {
        SupportPlan plan = load(planId);
        requireContent(plan.getPupilId(), "READ_ATTACHMENTS");
        return attachments.of(OwnerType.PLAN, planId);
    }

    /** The plan's attachments with who added each by name, for the plan's page. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public AttachedFiles attachedFiles(long planId) {
        SupportPlan plan = load(planId);
        requireContent(plan.getPupilId(), "READ_ATTACHMENTS");
        return attachments.listed(OwnerType.PLAN, planId);
    }

    /** Keeps a file with the plan once its content proves it an accepted type within the size limit. */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public Attachment attach(long planId, AttachmentKind kind, String sentName, byte[] bytes) {
        SupportPlan plan = requireWrite(planId, "ATTACH_PLAN");
        if (plan.getStatus() == PlanStatus.CEASED) {
            throw new ConflictException("plan " + planId + " has ceased");
        }
        Attachment attachment = attachments.store(OwnerType.PLAN, planId, plan.getPupilId(), kind, sentName, bytes,
                currentUser.require().username());
        auditLog.record("ATTACH_PLAN", SUBJECT, plan.getPupilId(),
                "plan " + planId + " attachment " + attachment.getId() + " " + kind + " " + attachment.getFileType());
        tellFamilyAndWriters(plan, "notice.plan.attached", Notice.key("enum.AttachmentKind." + kind.name()),
                attachment.getDisplayName(), typeKey(plan), pupilName(plan));
        return attachment;
    }

    /** One attachment's bytes; audited as a read of the pupil's record. */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public AttachmentStore.StoredFile attachment(long planId, long attachmentId) {
        SupportPlan plan = load(planId);
        requireContent(plan.getPupilId(), "READ_ATTACHMENT");
        AttachmentStore.StoredFile file = attachments.read(OwnerType.PLAN, planId, attachmentId);
        auditLog.record("READ_ATTACHMENT", SUBJECT, plan.getPupilId(), "plan " + planId + " attachment " + attachmentId);
        return file;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public void removeAttachment(long planId, long attachmentId) {
        SupportPlan plan = requireWrite(planId, "REMOVE_ATTACHMENT");
        attachments.remove(OwnerType.PLAN, planId, attachmentId, currentUser.require().username());
        auditLog.record("REMOVE_ATTACHMENT", SUBJECT, plan.getPupilId(), "plan " + planId + " attachment " + attachmentId);
    }

    /** The plan's review records, latest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<PlanReview> reviewRecords(long planId) {
        SupportPlan plan = load(planId);
        requireRead(plan.getPupilId(), "READ_PLAN_REVIEWS");
        return reviews.findBySupportPlanIdOrderByHeldOnDescIdDesc(planId);
    }

    /**
     * The outcomes a review has to mark: those of the version in force while the plan is under
     * review and its review is not yet recorded; otherwise none.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<PlanContent.Outcome> outcomesAwaitingReview(long planId) {
        SupportPlan plan = load(planId);
        requireRead(plan.getPupilId(), "READ_PLAN");
        if (plan.getStatus() != PlanStatus.UNDER_REVIEW) {
            return List.of();
        }
        PlanVersion inForce = inForce(planId);
        return reviews.existsBySupportPlanIdAndReviewedVersion(planId, inForce.getNumber()) ? List.of()
                : inForce.content().outcomes();
    }

    /**
     * Records the review of the version in force: each outcome marked, new outcomes agreed. The
     * draft under review then loses the achieved outcomes (and their provision) and gains the new
     * ones. Recorded once per review; a second attempt is a conflict.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public PlanReview recordReview(long planId, PlanReview.ReviewRecord record) {
        SupportPlan plan = requireWrite(planId, "RECORD_REVIEW");
        if (plan.getStatus() != PlanStatus.UNDER_REVIEW) {
            throw new ConflictException("plan " + planId + " is not under review");
        }
        PlanVersion reviewed = inForce(planId);
        if (reviews.existsBySupportPlanIdAndReviewedVersion(planId, reviewed.getNumber())) {
            throw new ConflictException("review of plan " + planId + " v" + reviewed.getNumber() + " already recorded");
        }
        List<Violation> violations = ReviewRules.validate(reviewed.content(), record, LocalDate.now(clock));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        String actor = currentUser.require().username();
        LocalDate anchor = issuedOrLastReviewed(planId);
        PlanReview saved = reviews.save(PlanReview.record(planId, reviewed.getNumber(), record, actor, clock.instant()));
        // the day this review was due, kept beside the day it was held (reporting: held on time or late)
        LocalDate dueOn = plan.getNextReviewDate();
        if (plan.getPlanType() == PlanType.EHCP) {
            // the annual review's meeting is held: its report, decision (and amendments) now count from it
            EhcAnnualReview annual = annualReviews.findFirstBySupportPlanIdAndClosedFalseOrderByIdDesc(planId)
                    .orElseGet(() -> EhcAnnualReview.schedule(planId, plan.getLocalAuthorityId(), reviewed.getNumber(),
                            anchor, record.heldOn(), actor, clock.instant()));
            annual.held(record.heldOn());
            saveAnnualReview(annual);
            dueOn = annual.getMeetingDue();
        }
        if (dueOn != null) {
            reviewDues.record(Objects.requireNonNull(saved.getId()), planId, dueOn, record.heldOn());
        }
        PlanVersion draft = latest(planId);
        draft.replaceContent(ReviewRules.carryForward(draft.content(), record), actor, clock.instant());
        try {
            versions.save(draft);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("plan " + planId + " draft changed while recording the review");
        }
        auditLog.record("RECORD_REVIEW", SUBJECT, plan.getPupilId(), "plan " + planId + " v" + reviewed.getNumber());
        tellFamilyAndWriters(plan, "notice.plan.reviewed", typeKey(plan), pupilName(plan),
                saved.count(OutcomeProgress.ACHIEVED), saved.count(OutcomeProgress.PARTLY),
                saved.count(OutcomeProgress.NOT_YET), record.newOutcomes().size());
        return saved;
    }

    /**
     * The day an EHC plan's next review counts from: its last review meeting, or the day it was
     * first issued (in the application's zone).
     */
    LocalDate issuedOrLastReviewed(long planId) {
        return reviews.findBySupportPlanIdOrderByHeldOnDescIdDesc(planId).stream().findFirst()
                .map(PlanReview::getHeldOn)
                .orElseGet(() -> versions.findBySupportPlanIdOrderByNumber(planId).stream()
                        .filter(PlanVersion::isAgreed).findFirst()
                        .map(v -> LocalDate.ofInstant(Objects.requireNonNull(v.getAgreedAt()), clock.getZone()))
                        .orElse(LocalDate.now(clock)));
    }

    private PlanVersion inForce(long planId) {
        return versions.findBySupportPlanIdOrderByNumber(planId).stream().filter(PlanVersion::isAgreed)
                .reduce((a, b) -> b).orElseThrow(() -> new NotFoundException("plan " + planId + " has no agreed version"));
    }

    private static String typeKey(SupportPlan plan) {
        return Notice.key("enum.PlanType." + plan.getPlanType().name());
    }

    private String pupilName(SupportPlan plan) {
        return pupils.nameOf(plan.getPupilId());
    }

    private static String link(SupportPlan plan) {
        return "plans/" + plan.getId();
    }

    private void tellFamily(SupportPlan plan, String key, Object... args) {
        notices.sendAbout(plan.getPupilId(), accounts.parentsOf(plan.getPupilId()), link(plan), key, args);
    }

    private void tellWriters(SupportPlan plan, PupilScope scope, String key, Object... args) {
        notices.sendAbout(plan.getPupilId(), writers(plan, scope), link(plan), key, args);
    }

    /** The plan's writers: the school's SENCOs, or the authority's caseworkers for plans it maintains. */
    private List<String> writers(SupportPlan plan, PupilScope scope) {
        return plan.getPlanType().maintainedByAuthority()
                ? accounts.holdersInAuthority(Role.CASEWORKER, scope.localAuthorityId())
                : accounts.holdersAtSchool(Role.SCHOOL_SENCO, scope.schoolId());
    }

    /**
     * Who a step on the plan would tell, for its confirmation, from the lists the steps send to:
     * the parents for sharing the draft ({@code writersToo} false); the parents and the plan's
     * writers for agreeing, starting a review or ceasing. For the plan's writers only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SCHOOL_SENCO','CASEWORKER')")
    public List<Told> toldOfStep(long planId, boolean writersToo) {
        SupportPlan plan = requireWrite(planId, "READ_PLAN");
        Audience audience = Audience.of().add(Role.PARENT, accounts.parentsOf(plan.getPupilId()));
        if (writersToo) {
            PupilScope scope = pupils.accessScope(plan.getPupilId());
            audience.add(plan.getPlanType().maintainedByAuthority() ? Role.CASEWORKER : Role.SCHOOL_SENCO,
                    writers(plan, scope));
        }
        return notices.told(audience);
    }

    private void tellFamilyAndWriters(SupportPlan plan, String key, Object... args) {
        tellFamily(plan, key, args);
        tellWriters(plan, pupils.accessScope(plan.getPupilId()), key, args);
    }

    private SupportPlan requireWrite(long planId, String action) {
        SupportPlan plan = load(planId);
        PupilScope scope = pupils.accessScope(plan.getPupilId());
        if (!accessPolicy.mayWritePlan(currentUser.require(), scope, plan.getPlanType().maintainedByAuthority())) {
            auditLog.recordDenied(action, SUBJECT, plan.getPupilId(), "plan " + planId);
            throw new AccessDeniedException("plan " + planId);
        }
        return plan;
    }

    private void save(SupportPlan plan) {
        try {
            plans.save(plan);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("plan " + plan.getId() + " changed while saving");
        }
    }

    private PlanVersion latest(long planId) {
        return versions.findFirstBySupportPlanIdOrderByNumberDesc(planId)
                .orElseThrow(() -> new NotFoundException("plan " + planId + " has no version"));
    }

    private SupportPlan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
    }
}
