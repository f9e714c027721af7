package org.waymark.asn.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.service.AllocationService;
import org.waymark.asn.domain.AsnRequest;
import org.waymark.asn.domain.AsnRequestRepository;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.asn.domain.AsnRequestStep;
import org.waymark.asn.domain.HoursEligibility;
import org.waymark.asn.domain.PlanFacts;
import org.waymark.asn.domain.RequestAnswers;
import org.waymark.asn.domain.RequestContext;
import org.waymark.asn.domain.AsnSettings;
import org.waymark.asn.domain.AsnSettingsRepository;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.plans.service.PlanSummary;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.SensoryImpairment;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.SchoolScope;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;

/**
 * Who may do what with hours requests, in one place: only in an authority that runs the ASN hours
 * scheme; the pupil's school (its SENCO or head teacher) writes, submits and withdraws its
 * requests; the authority's Education Support Officer reads what the school submitted and decides.
 * Every refusal is audited against the pupil (or the school). It also gathers the facts the
 * eligibility rules read and builds a request as its pages show it.
 */
@Component
class AsnAccess {

    static final String SUBJECT = "PUPIL";
    static final Set<AsnRequestStatus> OPEN = EnumSet.of(AsnRequestStatus.DRAFT, AsnRequestStatus.SUBMITTED,
            AsnRequestStatus.ASSESSED, AsnRequestStatus.RECOMMENDED);

    private final AsnRequestRepository requests;
    private final AsnSettingsRepository settings;
    private final OrganisationService organisation;
    private final PupilService pupils;
    private final PlanService plans;
    private final AllocationService allocations;
    private final AttachmentStore attachments;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final AccountService accounts;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the one place that knows every way into a request
    AsnAccess(AsnRequestRepository requests, AsnSettingsRepository settings, OrganisationService organisation,
              PupilService pupils, PlanService plans,
              AllocationService allocations, AttachmentStore attachments, CurrentUser currentUser, AuditLog auditLog,
              AccountService accounts, Clock clock) {
        this.requests = requests;
        this.settings = settings;
        this.organisation = organisation;
        this.pupils = pupils;
        this.plans = plans;
        this.allocations = allocations;
        this.attachments = attachments;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.accounts = accounts;
        this.clock = clock;
    }

    UserScope user() {
        return currentUser.require();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the authority runs Scotland's ASN hours scheme. */
    boolean runsHours(@Nullable Long localAuthorityId) {
        return localAuthorityId != null
                && organisation.schemes(localAuthorityId).contains(Scheme.ASN_HOURS);
    }

    /** The authority's ASN settings, or the defaults while its administrator has saved none. */
    AsnSettings settingsOf(long localAuthorityId) {
        return settings.findByLocalAuthorityId(localAuthorityId).orElseGet(() -> AsnSettings.defaults(localAuthorityId));
    }

    static boolean schoolStaff(UserScope user, long schoolId) {
        return (user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER)) && Objects.equals(user.schoolId(), schoolId);
    }

    static boolean officer(UserScope user, long localAuthorityId) {
        return user.has(Role.EDUCATION_SUPPORT_OFFICER) && Objects.equals(user.localAuthorityId(), localAuthorityId);
    }

    /** A member of the authority's inclusion and equality team, who approves mid-term allocations. */
    static boolean inclusionTeam(UserScope user, long localAuthorityId) {
        return user.has(Role.INCLUSION_TEAM) && Objects.equals(user.localAuthorityId(), localAuthorityId);
    }

    AsnRequest load(long requestId) {
        return requests.findById(requestId).orElseThrow(() -> new NotFoundException("hours request " + requestId));
    }

    /** A request the caller may read: its school always, the authority's officer once submitted. */
    AsnRequest requireRead(long requestId, String action) {
        AsnRequest request = load(requestId);
        UserScope user = user();
        boolean school = schoolStaff(user, request.getSchoolId());
        boolean officer = officer(user, request.getLocalAuthorityId()) && request.getStatus() != AsnRequestStatus.DRAFT;
        boolean inclusion = inclusionTeam(user, request.getLocalAuthorityId()) && request.getMidTerm() != null
                && request.getStatus() != AsnRequestStatus.DRAFT;
        if (!runsHours(request.getLocalAuthorityId()) || !(school || officer || inclusion)) {
            refuse(action, request);
        }
        return request;
    }

    /** A draft of the caller's school, at the version the caller's screen showed (when given). */
    AsnRequest requireSchool(long requestId, @Nullable Integer expectedVersion, String action) {
        AsnRequest request = load(requestId);
        if (!runsHours(request.getLocalAuthorityId()) || !schoolStaff(user(), request.getSchoolId())) {
            refuse(action, request);
        }
        if (request.getStatus() != AsnRequestStatus.DRAFT) {
            throw new ConflictException("hours request " + requestId + " is " + request.getStatus());
        }
        requireVersion(request, expectedVersion);
        return request;
    }

    /** A request of the caller's school that is still open (draft or submitted), to withdraw. */
    AsnRequest requireSchoolOpen(long requestId, int expectedVersion, String action) {
        AsnRequest request = load(requestId);
        if (!runsHours(request.getLocalAuthorityId()) || !schoolStaff(user(), request.getSchoolId())) {
            refuse(action, request);
        }
        if (!request.getStatus().open()) {
            throw new ConflictException("hours request " + requestId + " is " + request.getStatus());
        }
        requireVersion(request, expectedVersion);
        return request;
    }

    /** A submitted request of the officer's authority, undecided at the expected version. */
    AsnRequest requireOfficer(long requestId, int expectedVersion, String action) {
        AsnRequest request = load(requestId);
        if (!runsHours(request.getLocalAuthorityId()) || !officer(user(), request.getLocalAuthorityId())
                || request.getStatus() == AsnRequestStatus.DRAFT) {
            refuse(action, request);
        }
        if (request.getStatus() != AsnRequestStatus.SUBMITTED || request.getMidTerm() != null) {
            // a mid-term request is assessed, not decided by the scrutiny
            throw new ConflictException("hours request " + requestId + " is " + request.getStatus()
                    + (request.getMidTerm() != null ? " (mid-term)" : ""));
        }
        requireVersion(request, expectedVersion);
        return request;
    }

    /** What the reader may do with a mid-term request where it stands. */
    enum MidTermStep { ASSESS, JOIN, APPROVE, REVIEW }

    /**
     * A mid-term request at the step the caller takes, at the expected version: the lead officer
     * assesses (for early years, the early-years officer the council named, if any), a second
     * officer gives the joint view, the inclusion team approves or declines, an officer reviews.
     */
    AsnRequest requireMidTerm(long requestId, int expectedVersion, MidTermStep step, String action) {
        AsnRequest request = load(requestId);
        if (!runsHours(request.getLocalAuthorityId()) || request.getMidTerm() == null
                || !may(user(), request, step, false)) {
            refuse(action, request);
        }
        if (!may(user(), request, step, true)) {
            throw new ConflictException("hours request " + requestId + " is " + request.getStatus());
        }
        requireVersion(request, expectedVersion);
        return request;
    }

    /**
     * Whether the user holds the role for the step on this request; with {@code atStep}, also
     * whether the request stands where the step is taken.
     */
    boolean may(UserScope user, AsnRequest request, MidTermStep step, boolean atStep) {
        var mta = request.getMidTerm();
        long laId = request.getLocalAuthorityId();
        if (mta == null || request.getStatus() == AsnRequestStatus.DRAFT) {
            return false;
        }
        boolean role = switch (step) {
            case ASSESS -> officer(user, laId) && (!mta.isEarlyYears() || leadOfEarlyYears(user, laId));
            case JOIN, REVIEW -> officer(user, laId);
            case APPROVE -> inclusionTeam(user, laId);
        };
        if (!role || !atStep) {
            return role;
        }
        return switch (step) {
            case ASSESS -> request.getStatus() == AsnRequestStatus.SUBMITTED;
            case JOIN -> request.getStatus() == AsnRequestStatus.ASSESSED;
            case APPROVE -> request.getStatus() == AsnRequestStatus.RECOMMENDED;
            case REVIEW -> request.getStatus() == AsnRequestStatus.DECIDED && request.getDecidedHours() != null
                    && request.getDecidedHours().signum() > 0;
        };
    }

    /** The council's early-years officer, or any officer where the council named none. */
    private boolean leadOfEarlyYears(UserScope user, long localAuthorityId) {
        String named = settingsOf(localAuthorityId).getEarlyYearsOfficer();
        return named == null || named.equals(user.username());
    }

    /** A school of an authority running the scheme, whose hours the caller (its officer) scrutinises. */
    SchoolScope requireOfficerFor(long schoolId, String action) {
        SchoolScope school = organisation.schoolScope(schoolId);
        if (!runsHours(school.localAuthorityId()) || !officer(user(), school.localAuthorityId())) {
            auditLog.recordDenied(action, "SCHOOL", schoolId, null);
            throw new AccessDeniedException("school " + schoolId);
        }
        return school;
    }

    private static void requireVersion(AsnRequest request, @Nullable Integer expectedVersion) {
        if (expectedVersion != null && !Objects.equals(request.getVersion(), expectedVersion)) {
            throw new ConflictException("hours request " + request.getId() + " changed");
        }
    }

    void refuse(String action, AsnRequest request) {
        auditLog.recordDenied(action, SUBJECT, request.getPupilId(), "hours request " + request.getId());
        throw new AccessDeniedException("hours request " + request.getId());
    }

    int save(AsnRequest request, String what) {
        try {
            AsnRequest saved = requests.save(request);
            auditLog.record("SAVE_ASN_REQUEST", SUBJECT, request.getPupilId(),
                    "hours request " + saved.getId() + " " + what);
            return Objects.requireNonNull(saved.getVersion());
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("hours request " + request.getId() + " changed while saving");
        }
    }

    /** What the pupil's record says, as a new request starts from it. */
    static RequestAnswers fromRecord(Pupil pupil) {
        RequestAnswers a = new RequestAnswers();
        a.setSifStage(pupil.getSifStage());
        a.setMedicalNeed(pupil.isMedicalNeed());
        a.setPersonalCareNeed(pupil.isPersonalCareNeed());
        return a;
    }

    /**
     * The pupil's current Child's Plan (or Co-ordinated Support Plan): the newest not ceased with a
     * version in force, else the newest draft; with the version in force, its assistant's role and
     * the outcomes that role serves. Read through the plans feature, which checks the caller may read the pupil.
     */
    @Nullable PlanFacts currentPlan(long pupilId) {
        List<PlanSummary> scottish = plans.plansOf(pupilId).stream()
                .filter(p -> p.type() == PlanType.CHILDS_PLAN || p.type() == PlanType.CSP)
                .filter(p -> p.status() != PlanStatus.CEASED).toList();
        PlanSummary chosen = scottish.stream().filter(p -> p.versionInForce() != null).reduce((a, b) -> b)
                .orElse(scottish.isEmpty() ? null : scottish.getLast());
        if (chosen == null) {
            return null;
        }
        Integer inForce = chosen.versionInForce();
        if (inForce == null) {
            return new PlanFacts(chosen.planId(), chosen.type(), null, null, List.of(), chosen.nextReviewDate());
        }
        PlanContent content = plans.version(chosen.planId(), inForce);
        PlanContent.AssistantRole role = content.assistantRole();
        List<PlanFacts.Outcome> served = role == null ? List.of() : content.outcomes().stream()
                .filter(o -> role.outcomeKeys().contains(o.key()))
                .map(o -> new PlanFacts.Outcome(o.key(), o.text(), o.targetDate())).toList();
        return new PlanFacts(chosen.planId(), chosen.type(), inForce, role == null ? null : role.description(), served,
                chosen.nextReviewDate());
    }

    /** The request as its pages show it, with the eligibility check of its stored answers. */
    RequestDetails details(AsnRequest request) {
        long requestId = Objects.requireNonNull(request.getId());
        Pupil pupil = pupils.get(request.getPupilId()).pupil();
        School school = organisation.schoolOfRecord(request.getSchoolId());
        PlanFacts plan = currentPlan(request.getPupilId());
        List<Attachment> attached = attachments.of(OwnerType.ASN_HOURS, requestId);
        RequestContext context = context(pupil, school, plan,
                attached.stream().map(Attachment::getKind).collect(Collectors.toSet()), kind(request));
        HoursEligibility.Check check = HoursEligibility.check(request.answers(), context, today());
        UserScope user = user();
        boolean school0 = schoolStaff(user, request.getSchoolId());
        boolean mayEdit = school0 && request.getStatus() == AsnRequestStatus.DRAFT;
        boolean mayDecide = officer(user, request.getLocalAuthorityId())
                && request.getStatus() == AsnRequestStatus.SUBMITTED;
        List<String> named = new ArrayList<>(request.getSteps().stream().map(AsnRequestStep::actor).toList());
        attached.forEach(a -> named.add(a.getUploadedBy()));
        RequestDetails.MidTermActions actions = null;
        if (request.getMidTerm() != null) {
            String earlyYears = settingsOf(request.getLocalAuthorityId()).getEarlyYearsOfficer();
            if (earlyYears != null) {
                named.add(earlyYears);
            }
            actions = new RequestDetails.MidTermActions(may(user, request, MidTermStep.ASSESS, true),
                    may(user, request, MidTermStep.JOIN, true)
                            && !user.username().equals(request.getMidTerm().getAssessedBy()),
                    may(user, request, MidTermStep.APPROVE, true), may(user, request, MidTermStep.REVIEW, true),
                    request.getMidTerm().isEarlyYears() ? earlyYears : null, sessionStart(school.localAuthorityId()));
        }
        return new RequestDetails(request, pupil.displayName(), school.name(), pupil.getYearGroup(), plan, context,
                check, attachments.shownToCaller(attached), mayEdit, mayDecide, school0 && request.getStatus().open(), accounts.people(named),
                actions);
    }

    static RequestContext.MidTerm kind(AsnRequest request) {
        var mta = request.getMidTerm();
        return mta == null ? RequestContext.MidTerm.NONE
                : mta.isEarlyYears() ? RequestContext.MidTerm.EARLY_YEARS : RequestContext.MidTerm.EXCEPTIONAL;
    }

    /**
     * The first day of the session under way: the school year of the last term that has started
     * (today's date when the council has entered no term yet). Approved mid-term hours may run
     * from it at the earliest.
     */
    LocalDate sessionStart(long localAuthorityId) {
        var calendar = organisation.calendarOf(localAuthorityId);
        LocalDate today = today();
        return calendar.terms().stream().filter(t -> !t.startDate().isAfter(today)).reduce((a, b) -> b)
                .flatMap(t -> calendar.terms().stream().filter(x -> x.academicYear().equals(t.academicYear()))
                        .findFirst())
                .map(org.waymark.organisation.domain.Term::startDate).orElse(today);
    }

    private RequestContext context(Pupil pupil, School school, @Nullable PlanFacts plan, Set<AttachmentKind> attached,
                                   RequestContext.MidTerm midTerm) {
        BigDecimal held = allocations.heldOn(Objects.requireNonNull(pupil.getId()), FundingStream.ASN_HOURS, today())
                .map(Allocation::getAmount).orElse(null);
        return new RequestContext(pupil.getYearGroup(), school.phase() == Phase.LEARNING_CENTRE,
                settingsOf(school.localAuthorityId()).weekHours(school.phase(), pupil.getYearGroup()),
                pupil.isLookedAfter(),
                pupil.getSensoryImpairment() != SensoryImpairment.NONE,
                pupil.areas().contains(AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL)
                        || pupil.getPrimaryNeed() == AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL,
                !pupil.diagnosisTexts().isEmpty(), plan, held, attached, midTerm);
    }

    /**
     * The Education Support Officers a request goes to: every officer of the authority (the
     * scrutiny is theirs to share out).
     */
    List<String> officersOf(AsnRequest request) {
        var mta = request.getMidTerm();
        String earlyYears = settingsOf(request.getLocalAuthorityId()).getEarlyYearsOfficer();
        if (mta != null && mta.isEarlyYears() && earlyYears != null) {
            return List.of(earlyYears);
        }
        return accounts.holdersInAuthority(Role.EDUCATION_SUPPORT_OFFICER, request.getLocalAuthorityId());
    }

    /** A child in early years: in the ELC year group, or at an early-years establishment. */
    boolean earlyYears(Pupil pupil, long schoolId) {
        return pupil.getYearGroup() == org.waymark.pupils.domain.YearGroup.ELC
                || organisation.schoolOfRecord(schoolId).phase() == Phase.EARLY_YEARS;
    }

    String schoolName(long schoolId) {
        return organisation.schoolOfRecord(schoolId).name();
    }

    /** Requests newest change first, as rows with the pupils' names. */
    List<RequestRow> rows(List<AsnRequest> list) {
        var names = pupils.namesOf(list.stream().map(AsnRequest::getPupilId).distinct().toList());
        return list.stream().sorted(Comparator.comparing(AsnRequest::getUpdatedAt).reversed())
                .map(r -> new RequestRow(Objects.requireNonNull(r.getId()), r.getPupilId(),
                        names.getOrDefault(r.getPupilId(), ""), r.getStatus(), r.getCategory(), r.getHoursAsked(),
                        r.getDecidedHours(), r.getUpdatedAt(), r.getMidTerm() != null)).toList();
    }
}
