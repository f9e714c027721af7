package org.waymark.ehc.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.waymark.base.domain.TransitionException;
import org.waymark.pupils.domain.AreaOfNeed;

/**
 * An EHC needs assessment of a pupil (SPEC §14, issue 17): requested, assessed (advice asked for,
 * see {@link EhcAdvice}), a draft EHC plan (a plan of the plans feature) sent to the parents and the
 * named school consulted, and the final plan issued — or closed by a decision not to assess or not to
 * issue a plan. Each step is dated; its time limit is counted by {@link EhcClock} from the request,
 * with the statutory exceptions recorded on the case ({@link EhcPause}) pausing it. One
 * caseworker of the authority holds the case; a team leader re-assigns it.
 */
public class EhcAssessment {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long pupilId;
    private final long schoolId;
    private final RequestSource source;
    private final String requester;
    private final String requesterRole;
    private final String reasons;
    private final String needs;
    private final LocalDate receivedOn;
    private String caseworker;
    private AssessmentStatus status;
    private @Nullable LocalDate decidedOn;
    private @Nullable String decisionReasons;
    private @Nullable Long supportPlanId;
    private @Nullable LocalDate draftSentOn;
    private @Nullable LocalDate parentsRepliedOn;
    private @Nullable String schoolNamed;
    private @Nullable LocalDate consultedOn;
    private @Nullable LocalDate schoolAnsweredOn;
    private @Nullable LocalDate closedOn;
    private @Nullable String closedReasons;
    private final String recordedBy;
    private final Instant recordedAt;
    @MappedCollection(idColumn = "EHC_ASSESSMENT_ID", keyColumn = "SORT_KEY")
    private List<EhcPause> pauses;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    EhcAssessment(@Nullable Long id, long localAuthorityId, long pupilId, long schoolId, RequestSource source,
                  String requester, String requesterRole, String reasons, String needs, LocalDate receivedOn,
                  String caseworker, AssessmentStatus status, @Nullable LocalDate decidedOn,
                  @Nullable String decisionReasons, @Nullable Long supportPlanId, @Nullable LocalDate draftSentOn,
                  @Nullable LocalDate parentsRepliedOn, @Nullable String schoolNamed, @Nullable LocalDate consultedOn,
                  @Nullable LocalDate schoolAnsweredOn, @Nullable LocalDate closedOn, @Nullable String closedReasons,
                  String recordedBy, Instant recordedAt, List<EhcPause> pauses, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.source = source;
        this.requester = requester;
        this.requesterRole = requesterRole;
        this.reasons = reasons;
        this.needs = needs;
        this.receivedOn = receivedOn;
        this.caseworker = caseworker;
        this.status = status;
        this.decidedOn = decidedOn;
        this.decisionReasons = decisionReasons;
        this.supportPlanId = supportPlanId;
        this.draftSentOn = draftSentOn;
        this.parentsRepliedOn = parentsRepliedOn;
        this.schoolNamed = schoolNamed;
        this.consultedOn = consultedOn;
        this.schoolAnsweredOn = schoolAnsweredOn;
        this.closedOn = closedOn;
        this.closedReasons = closedReasons;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.pauses = new ArrayList<>(pauses);
        this.version = version;
    }

    /** What a request says: who asked (and, for a professional, who they are), why, the needs it names. */
    public record Request(RequestSource source, String requester, String requesterRole, String reasons,
                          Collection<AreaOfNeed> needs, LocalDate receivedOn) {
    }

    /** A request received by the authority on {@code receivedOn}, held by {@code caseworker}. */
    public static EhcAssessment request(long localAuthorityId, long pupilId, long schoolId, Request request,
                                        String caseworker, String actor, Instant now) {
        if (request.reasons().isBlank()) {
            throw new IllegalArgumentException("A request gives reasons");
        }
        String needs = request.needs().stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
        return new EhcAssessment(null, localAuthorityId, pupilId, schoolId, request.source(),
                request.requester().strip(), request.requesterRole().strip(), request.reasons().strip(), needs,
                request.receivedOn(), caseworker, AssessmentStatus.REQUESTED, null, null, null, null, null, null,
                null, null, null, null, actor, now, List.of(), null);
    }

    /** The authority decides to assess: the advice is asked for (separately) from this day. */
    public void decideToAssess(LocalDate on, String why) {
        require(AssessmentStatus.REQUESTED, AssessmentStatus.ASSESSING);
        status = AssessmentStatus.ASSESSING;
        decidedOn = on;
        decisionReasons = why.strip();
    }

    /** The authority decides not to assess, with reasons (a letter with appeal rights goes to the family). */
    public void refuseToAssess(LocalDate on, String why) {
        require(AssessmentStatus.REQUESTED, AssessmentStatus.NOT_ASSESSED);
        if (why.isBlank()) {
            throw new IllegalArgumentException("A decision not to assess gives reasons");
        }
        status = AssessmentStatus.NOT_ASSESSED;
        decidedOn = on;
        decisionReasons = why.strip();
        closedOn = on;
        closedReasons = why.strip();
    }

    /** After assessing, the authority drafts the plan: the EHC plan of the plans feature. */
    public void startDraft(long planId) {
        require(AssessmentStatus.ASSESSING, AssessmentStatus.DRAFT);
        status = AssessmentStatus.DRAFT;
        supportPlanId = planId;
    }

    /** After assessing, the authority decides not to issue a plan, with reasons. */
    public void decideNotToIssue(LocalDate on, String why) {
        require(AssessmentStatus.ASSESSING, AssessmentStatus.NOT_ISSUED);
        if (why.isBlank()) {
            throw new IllegalArgumentException("A decision not to issue gives reasons");
        }
        status = AssessmentStatus.NOT_ISSUED;
        closedOn = on;
        closedReasons = why.strip();
    }

    /** The draft plan goes to the parents: 15 days for their comments and choice of school. */
    public void sendDraft(LocalDate on) {
        require(AssessmentStatus.DRAFT, AssessmentStatus.DRAFT);
        if (draftSentOn != null) {
            throw new IllegalStateException("The draft was sent on " + draftSentOn);
        }
        draftSentOn = on;
    }

    /** The parents commented and named the school they want (blank when they named none). */
    public void parentsReplied(LocalDate on, String school) {
        require(AssessmentStatus.DRAFT, AssessmentStatus.DRAFT);
        if (draftSentOn == null) {
            throw new IllegalStateException("The draft has not been sent");
        }
        parentsRepliedOn = on;
        schoolNamed = school.strip();
    }

    /** The named school is consulted: 15 days to answer. */
    public void consultSchool(LocalDate on, String school) {
        require(AssessmentStatus.DRAFT, AssessmentStatus.DRAFT);
        if (school.isBlank()) {
            throw new IllegalArgumentException("A consultation names the school");
        }
        schoolNamed = school.strip();
        consultedOn = on;
        schoolAnsweredOn = null;
    }

    /** The consulted school answered. */
    public void schoolAnswered(LocalDate on) {
        require(AssessmentStatus.DRAFT, AssessmentStatus.DRAFT);
        if (consultedOn == null) {
            throw new IllegalStateException("No school was consulted");
        }
        schoolAnsweredOn = on;
    }

    /** The final plan is issued: the plan's agreed version. */
    public void issue(LocalDate on) {
        require(AssessmentStatus.DRAFT, AssessmentStatus.ISSUED);
        status = AssessmentStatus.ISSUED;
        closedOn = on;
    }

    /** A team leader hands the case to another caseworker. */
    public void reassign(String to) {
        if (!status.open()) {
            throw new TransitionException("EHC assessment", status, status);
        }
        caseworker = to;
    }

    /** Records a statutory exception: its days do not count on the clock. */
    public void pause(EhcPause pause) {
        if (!status.open()) {
            throw new TransitionException("EHC assessment", status, status);
        }
        if (pause.open() && pauses.stream().anyMatch(EhcPause::open)) {
            throw new IllegalStateException("An exception is already open");
        }
        pauses.add(pause);
    }

    /** Ends the open exception on {@code on} (its last day not counting on the clock). */
    public void endPause(LocalDate on) {
        for (int i = 0; i < pauses.size(); i++) {
            EhcPause p = pauses.get(i);
            if (p.open()) {
                if (on.isBefore(p.fromOn())) {
                    throw new IllegalArgumentException("An exception ends after it starts");
                }
                pauses.set(i, new EhcPause(p.reason(), p.notes(), p.fromOn(), on, p.recordedBy()));
                return;
            }
        }
        throw new IllegalStateException("No exception is open");
    }

    private void require(AssessmentStatus from, AssessmentStatus to) {
        if (status != from) {
            throw new TransitionException("EHC assessment", status, to);
        }
    }

    /** The periods that do not count on the clock. */
    public List<EhcClock.Pause> periods() {
        return pauses.stream().map(EhcPause::period).toList();
    }

    public @Nullable EhcPause openPause() {
        return pauses.stream().filter(EhcPause::open).findFirst().orElse(null);
    }

    public List<AreaOfNeed> needAreas() {
        return needs.isBlank() ? List.of()
                : Arrays.stream(needs.split(",")).map(AreaOfNeed::valueOf).toList();
    }

    /** The day a step started, when it has. */
    public @Nullable LocalDate startOf(AssessmentStep step) {
        return switch (step) {
            case DECISION, DRAFT, FINAL -> receivedOn;
            case ADVICE -> decidedOn;
            case COMMENTS -> draftSentOn;
            case CONSULTATION -> consultedOn;
        };
    }

    /** The day a step was done, when it has been. */
    public @Nullable LocalDate doneOn(AssessmentStep step) {
        return switch (step) {
            case DECISION -> decidedOn;
            case ADVICE -> null; // per adviser
            case DRAFT -> status == AssessmentStatus.NOT_ISSUED ? closedOn : draftSentOn;
            case COMMENTS -> parentsRepliedOn;
            case CONSULTATION -> schoolAnsweredOn;
            case FINAL -> status == AssessmentStatus.ISSUED ? closedOn : null;
        };
    }

    /** The steps with a time limit that are open now, apart from each adviser's ({@link CaseSteps#open}). */
    public List<AssessmentStep> openSteps() {
        return CaseSteps.open(status, draftSentOn, parentsRepliedOn, consultedOn, schoolAnsweredOn);
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getPupilId() { return pupilId; }
    public long getSchoolId() { return schoolId; }
    public RequestSource getSource() { return source; }
    public String getRequester() { return requester; }
    public String getRequesterRole() { return requesterRole; }
    public String getReasons() { return reasons; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getCaseworker() { return caseworker; }
    public AssessmentStatus getStatus() { return status; }
    public @Nullable LocalDate getDecidedOn() { return decidedOn; }
    public @Nullable String getDecisionReasons() { return decisionReasons; }
    public @Nullable Long getSupportPlanId() { return supportPlanId; }
    public @Nullable LocalDate getDraftSentOn() { return draftSentOn; }
    public @Nullable LocalDate getParentsRepliedOn() { return parentsRepliedOn; }
    public @Nullable String getSchoolNamed() { return schoolNamed; }
    public @Nullable LocalDate getConsultedOn() { return consultedOn; }
    public @Nullable LocalDate getSchoolAnsweredOn() { return schoolAnsweredOn; }
    public @Nullable LocalDate getClosedOn() { return closedOn; }
    public @Nullable String getClosedReasons() { return closedReasons; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public List<EhcPause> getPauses() { return Collections.unmodifiableList(pauses); }
    public @Nullable Integer getVersion() { return version; }
}
