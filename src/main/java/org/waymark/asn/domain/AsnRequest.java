package org.waymark.asn.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.waymark.base.domain.TransitionException;

/**
 * A school's request for ASN assistant hours for one pupil: the school's answers (stage,
 * category of need, medical or care need, hours asked and the time that needs no assistant, what
 * was tried), the Child's Plan it rests on, and the officer's decision. The school fills it in as
 * a draft and submits it; the Education Support Officer decides hours with reasons or declines it;
 * the school may withdraw it while it is open. Every step is kept with who, when and why.
 */
public class AsnRequest {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long schoolId;
    private final long pupilId;
    /** The pupil's Child's Plan (or Co-ordinated Support Plan) the request rests on. */
    private @Nullable Long planId;
    /** The plan's version in force when the request was submitted. */
    private @Nullable Integer planVersion;
    private AsnRequestStatus status;
    private @Nullable Integer sifStage;
    private boolean medicalNeed;
    private boolean personalCareNeed;
    private @Nullable AsnCategory category;
    private boolean exceptional;
    private String exceptionalReason;
    private String needs;
    private boolean transitionPhase;
    private boolean namedPersonDecidedOtherwise;
    private String namedPersonNote;
    private @Nullable BigDecimal hoursAsked;
    private @Nullable BigDecimal specialistHours;
    private @Nullable BigDecimal independentHours;
    private String differentiation;
    private String independence;
    private String equipment;
    private @Nullable BigDecimal decidedHours;
    private @Nullable String decisionReasons;
    private @Nullable String decidedBy;
    private @Nullable LocalDate decidedOn;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "ASN_REQUEST_ID", keyColumn = "SORT_KEY")
    private List<AsnRequestStep> steps;
    /** Set for a mid-term allocation request; null for a request for the session's scrutiny. */
    @MappedCollection(idColumn = "ASN_REQUEST_ID")
    private @Nullable AsnMidTerm midTerm;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // the persistence constructor mirrors the table
    AsnRequest(@Nullable Long id, long localAuthorityId, long schoolId, long pupilId, @Nullable Long planId,
               @Nullable Integer planVersion, AsnRequestStatus status, @Nullable Integer sifStage, boolean medicalNeed,
               boolean personalCareNeed, @Nullable AsnCategory category, boolean exceptional, String exceptionalReason,
               String needs, boolean transitionPhase, boolean namedPersonDecidedOtherwise, String namedPersonNote,
               @Nullable BigDecimal hoursAsked, @Nullable BigDecimal specialistHours,
               @Nullable BigDecimal independentHours, String differentiation, String independence, String equipment,
               @Nullable BigDecimal decidedHours, @Nullable String decisionReasons, @Nullable String decidedBy,
               @Nullable LocalDate decidedOn, String createdBy, Instant createdAt, Instant updatedAt,
               List<AsnRequestStep> steps, @Nullable AsnMidTerm midTerm, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.schoolId = schoolId;
        this.pupilId = pupilId;
        this.planId = planId;
        this.planVersion = planVersion;
        this.status = status;
        this.sifStage = sifStage;
        this.medicalNeed = medicalNeed;
        this.personalCareNeed = personalCareNeed;
        this.category = category;
        this.exceptional = exceptional;
        this.exceptionalReason = exceptionalReason;
        this.needs = needs;
        this.transitionPhase = transitionPhase;
        this.namedPersonDecidedOtherwise = namedPersonDecidedOtherwise;
        this.namedPersonNote = namedPersonNote;
        this.hoursAsked = hoursAsked;
        this.specialistHours = specialistHours;
        this.independentHours = independentHours;
        this.differentiation = differentiation;
        this.independence = independence;
        this.equipment = equipment;
        this.decidedHours = decidedHours;
        this.decisionReasons = decisionReasons;
        this.decidedBy = decidedBy;
        this.decidedOn = decidedOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.steps = new ArrayList<>(steps);
        this.midTerm = midTerm;
        this.version = version;
    }

    /**
     * A new draft for a pupil at the school, starting from what the pupil's record already says
     * (their stage, a medical or care need) and resting on their current Child's Plan, if any.
     */
    public static AsnRequest start(long localAuthorityId, long schoolId, long pupilId, @Nullable Long planId,
                                   RequestAnswers fromRecord, String actor, Instant now) {
        AsnRequest request = new AsnRequest(null, localAuthorityId, schoolId, pupilId, planId, null,
                AsnRequestStatus.DRAFT, null, false, false, null, false, "", "", false, false, "", null, null, null,
                "", "", "", null, null, null, null, actor, now, now,
                List.of(new AsnRequestStep(AsnRequestStatus.DRAFT, actor, now, null)), null, null);
        request.take(fromRecord);
        return request;
    }

    /**
     * A new mid-term allocation request: for a child in early years (the early-years officer takes
     * it), or — any other pupil, such as one arriving mid-session in a primary or secondary school
     * — an exceptional one, which the school must give its reason for.
     */
    public static AsnRequest startMidTerm(long localAuthorityId, long schoolId, long pupilId, @Nullable Long planId,
                                          RequestAnswers fromRecord, boolean earlyYears, String actor, Instant now) {
        AsnRequest request = start(localAuthorityId, schoolId, pupilId, planId, fromRecord, actor, now);
        request.midTerm = AsnMidTerm.of(earlyYears);
        request.take(fromRecord);
        return request;
    }

    /** The school's answers as they stand, for a form to edit and the eligibility check to read. */
    public RequestAnswers answers() {
        RequestAnswers a = new RequestAnswers();
        a.setSifStage(sifStage);
        a.setMedicalNeed(medicalNeed);
        a.setPersonalCareNeed(personalCareNeed);
        a.setCategory(category);
        a.setExceptional(exceptional);
        a.setExceptionalReason(exceptionalReason);
        a.setNeeds(needs);
        a.setTransitionPhase(transitionPhase);
        a.setNamedPersonDecidedOtherwise(namedPersonDecidedOtherwise);
        a.setNamedPersonNote(namedPersonNote);
        a.setHoursAsked(hoursAsked);
        a.setSpecialistHours(specialistHours);
        a.setIndependentHours(independentHours);
        a.setDifferentiation(differentiation);
        a.setIndependence(independence);
        a.setEquipment(equipment);
        return a;
    }

    /**
     * New answers while the school holds the draft (they have passed {@link RequestInput}); the
     * request rests on the pupil's current plan as it is now.
     */
    public void answer(RequestAnswers a, @Nullable Long currentPlanId, Instant now) {
        requireDraft();
        take(a);
        planId = currentPlanId;
        updatedAt = now;
    }

    private void take(RequestAnswers a) {
        sifStage = a.getSifStage();
        medicalNeed = a.isMedicalNeed();
        personalCareNeed = a.isPersonalCareNeed();
        category = a.getCategory();
        exceptional = a.isExceptional() || a.getCategory() == AsnCategory.EXCEPTIONAL || exceptionalMidTerm();
        exceptionalReason = a.getExceptionalReason().strip();
        needs = a.getNeeds().strip();
        transitionPhase = a.isTransitionPhase();
        namedPersonDecidedOtherwise = a.isNamedPersonDecidedOtherwise();
        namedPersonNote = a.getNamedPersonNote().strip();
        hoursAsked = a.getHoursAsked();
        specialistHours = a.getSpecialistHours();
        independentHours = a.getIndependentHours();
        differentiation = a.getDifferentiation().strip();
        independence = a.getIndependence().strip();
        equipment = a.getEquipment().strip();
    }

    // --- the lifecycle ---

    /** The school sends the request for scrutiny (the caller has checked the rules), resting on the plan's version in force. */
    public void submit(long planId, int versionInForce, String actor, Instant now) {
        move(AsnRequestStatus.SUBMITTED, actor, now, null, AsnRequestStatus.DRAFT);
        this.planId = planId;
        this.planVersion = versionInForce;
    }

    /** A mid-term request for a pupil not in early years: exceptional whatever the school ticks. */
    public boolean exceptionalMidTerm() {
        return midTerm != null && !midTerm.isEarlyYears();
    }

    /** The officer decides hours a week (checked by {@link RequestInput#decidedHours}) with reasons. */
    public void decide(BigDecimal hours, String reasons, String actor, Instant now, LocalDate today) {
        if (hours.signum() <= 0 || hours.compareTo(HoursEligibility.MAXIMUM_HOURS) > 0) {
            throw new IllegalArgumentException("Hours a week between 0 and the maximum");
        }
        move(AsnRequestStatus.DECIDED, actor, now, required(reasons), AsnRequestStatus.SUBMITTED);
        decidedHours = hours;
        decisionReasons = reasons.strip();
        decidedBy = actor;
        decidedOn = today;
    }

    /**
     * No hours, with reasons: the officer's scrutiny of a submitted request, or the inclusion
     * team's answer to a recommended mid-term request.
     */
    public void decline(String reasons, String actor, Instant now, LocalDate today) {
        move(AsnRequestStatus.DECLINED, actor, now, required(reasons),
                midTerm == null ? AsnRequestStatus.SUBMITTED : AsnRequestStatus.RECOMMENDED);
        decisionReasons = reasons.strip();
        decidedBy = actor;
        decidedOn = today;
    }

    /** The school takes back a request nobody has decided. */
    public void withdraw(String reason, String actor, Instant now) {
        move(AsnRequestStatus.WITHDRAWN, actor, now, required(reason), AsnRequestStatus.DRAFT,
                AsnRequestStatus.SUBMITTED, AsnRequestStatus.ASSESSED, AsnRequestStatus.RECOMMENDED);
    }

    // --- a mid-term allocation: the lead officer, the second officer, the inclusion team, the review ---

    /**
     * The lead officer's assessment of a submitted mid-term request: the child's needs and the
     * request's validity, the hours they propose and a review date.
     */
    public void assess(BigDecimal hours, LocalDate reviewDate, String assessment, String actor, Instant now,
                       LocalDate today) {
        AsnMidTerm mta = requireMidTerm();
        move(AsnRequestStatus.ASSESSED, actor, now, required(assessment), AsnRequestStatus.SUBMITTED);
        mta.assessed(hours, reviewDate, assessment, actor, today);
    }

    /** The second officer's joint view, sending the request to the inclusion and equality team. */
    public void join(JointView view, @Nullable BigDecimal hours, String note, String actor, Instant now) {
        AsnMidTerm mta = requireMidTerm();
        if (actor.equals(mta.getAssessedBy())) {
            throw new IllegalStateException("The joint view is a second officer's");
        }
        if (view == JointView.VARIATION && hours == null) {
            throw new IllegalArgumentException("A variation names its hours");
        }
        move(AsnRequestStatus.RECOMMENDED, actor, now, note.isBlank() ? null : note.strip(),
                AsnRequestStatus.ASSESSED);
        mta.joined(view, hours, note, actor);
    }

    /**
     * The inclusion and equality team approves hours a week for a recommended mid-term request,
     * running from a day and to be reviewed on another.
     */
    public void approve(BigDecimal hours, LocalDate hoursFrom, LocalDate reviewDate, String reasons, String actor,
                        Instant now, LocalDate today) {
        AsnMidTerm mta = requireMidTerm();
        if (hours.signum() <= 0 || hours.compareTo(HoursEligibility.MAXIMUM_HOURS) > 0) {
            throw new IllegalArgumentException("Hours a week between 0 and the maximum");
        }
        move(AsnRequestStatus.DECIDED, actor, now, required(reasons), AsnRequestStatus.RECOMMENDED);
        decidedHours = hours;
        decisionReasons = reasons.strip();
        decidedBy = actor;
        decidedOn = today;
        mta.approved(hoursFrom, reviewDate);
    }

    /**
     * The review of an approved mid-term allocation: the hours stay or drop (to none at all) from
     * the review, with reasons and, if the hours go on, the next review date. The request stays decided.
     */
    public void review(BigDecimal hours, @Nullable LocalDate nextReview, String reasons, String actor, Instant now,
                       LocalDate today) {
        AsnMidTerm mta = requireMidTerm();
        BigDecimal held = decidedHours;
        if (status != AsnRequestStatus.DECIDED || held == null || held.signum() <= 0) {
            throw new TransitionException("hours request", status, AsnRequestStatus.REVIEWED);
        }
        if (hours.signum() < 0 || hours.compareTo(held) > 0) {
            throw new IllegalArgumentException("Hours at review stay or drop");
        }
        updatedAt = now;
        steps.add(new AsnRequestStep(AsnRequestStatus.REVIEWED, actor, now, required(reasons)));
        decidedHours = hours;
        mta.reviewed(today, hours.signum() == 0 ? null : nextReview);
    }

    private AsnMidTerm requireMidTerm() {
        if (midTerm == null) {
            throw new IllegalStateException("Not a mid-term request");
        }
        return midTerm;
    }

    private static String required(String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("This step needs a reason");
        }
        return reason.strip();
    }

    private void move(AsnRequestStatus to, String actor, Instant now, @Nullable String note,
                      AsnRequestStatus... from) {
        if (!List.of(from).contains(status)) {
            throw new TransitionException("hours request", status, to);
        }
        status = to;
        updatedAt = now;
        steps.add(new AsnRequestStep(to, actor, now, note));
    }

    private void requireDraft() {
        if (status != AsnRequestStatus.DRAFT) {
            throw new TransitionException("hours request", status, status);
        }
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getSchoolId() { return schoolId; }
    public long getPupilId() { return pupilId; }
    public @Nullable Long getPlanId() { return planId; }
    public @Nullable Integer getPlanVersion() { return planVersion; }
    public AsnRequestStatus getStatus() { return status; }
    public @Nullable Integer getSifStage() { return sifStage; }
    public @Nullable AsnCategory getCategory() { return category; }
    public boolean isExceptional() { return exceptional; }
    public @Nullable BigDecimal getHoursAsked() { return hoursAsked; }
    public @Nullable BigDecimal getDecidedHours() { return decidedHours; }
    public @Nullable String getDecisionReasons() { return decisionReasons; }
    public @Nullable String getDecidedBy() { return decidedBy; }
    public @Nullable LocalDate getDecidedOn() { return decidedOn; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<AsnRequestStep> getSteps() { return Collections.unmodifiableList(steps); }
    public @Nullable AsnMidTerm getMidTerm() { return midTerm; }
    public @Nullable Integer getVersion() { return version; }
}
