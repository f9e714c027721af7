package org.waymark.ras.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.waymark.base.domain.TransitionException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;

/**
 * One child's RAS case (seed 004): the case co-ordinator scores each outcome with its evidence
 * and submits; the lead SEND co-ordinator verifies or returns with reasons; the personalisation
 * officer moderates and sets the indicative resource from the converter; the TAC meeting agrees
 * outcomes to the end of the key stage and costs the provision; the plan is routed to the lead's
 * sign-off or to the SEND resource panel, which decides. Every step keeps who, when and why.
 */
public class RasCase {

    private static final String RECORD = "RAS case";

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long pupilId;
    private final long schoolId;
    private final long frameworkId;
    private final RasCaseKind kind;
    private RasCaseStatus status;
    private final String keyStage;
    private final @Nullable LocalDate reviewOn;
    private @Nullable Integer points;
    private @Nullable Long fitId;
    private @Nullable BigDecimal indicative;
    private @Nullable String indicativeNote;
    private @Nullable String outcomesAgreed;
    private @Nullable String reconsidered;
    private @Nullable BigDecimal totalCost;
    private @Nullable RasRoute route;
    private @Nullable BigDecimal decidedAmount;
    private final String openedBy;
    private final Instant openedAt;
    @MappedCollection(idColumn = "RAS_CASE_ID", keyColumn = "SORT_KEY")
    private List<RasScore> scores;
    @MappedCollection(idColumn = "RAS_CASE_ID", keyColumn = "SORT_KEY")
    private List<RasStep> steps;
    @MappedCollection(idColumn = "RAS_CASE_ID", keyColumn = "SORT_KEY")
    private List<RasProvision> provisions;
    @MappedCollection(idColumn = "RAS_CASE_ID", keyColumn = "SORT_KEY")
    private List<RasOutcomeReview> outcomeReviews;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    RasCase(@Nullable Long id, long localAuthorityId, long pupilId, long schoolId, long frameworkId, RasCaseKind kind,
            RasCaseStatus status, String keyStage, @Nullable LocalDate reviewOn, @Nullable Integer points,
            @Nullable Long fitId, @Nullable BigDecimal indicative, @Nullable String indicativeNote,
            @Nullable String outcomesAgreed, @Nullable String reconsidered, @Nullable BigDecimal totalCost,
            @Nullable RasRoute route, @Nullable BigDecimal decidedAmount, String openedBy, Instant openedAt,
            List<RasScore> scores, List<RasStep> steps, List<RasProvision> provisions,
            List<RasOutcomeReview> outcomeReviews, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.frameworkId = frameworkId;
        this.kind = kind;
        this.status = status;
        this.keyStage = keyStage;
        this.reviewOn = reviewOn;
        this.points = points;
        this.fitId = fitId;
        this.indicative = indicative;
        this.indicativeNote = indicativeNote;
        this.outcomesAgreed = outcomesAgreed;
        this.reconsidered = reconsidered;
        this.totalCost = totalCost;
        this.route = route;
        this.decidedAmount = decidedAmount;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.scores = new ArrayList<>(scores);
        this.steps = new ArrayList<>(steps);
        this.provisions = new ArrayList<>(provisions);
        this.outcomeReviews = new ArrayList<>(outcomeReviews);
        this.version = version;
    }

    @SuppressWarnings("java:S107")
    public static RasCase open(long localAuthorityId, long pupilId, long schoolId, long frameworkId, RasCaseKind kind,
                               String keyStage, @Nullable LocalDate reviewOn, String actor, Instant now) {
        return open(localAuthorityId, pupilId, schoolId, frameworkId, kind, keyStage, reviewOn, List.of(), actor,
                null, now);
    }

    /**
     * Opens a case. An assessment's case starts with scoring; an annual review's case waits for
     * the setting's updated reports and the look back at {@code existingOutcomes} (the plan in
     * force's outcomes) before re-scoring. {@code why} says what opened it (kept on the OPENED step).
     */
    @SuppressWarnings("java:S107")
    public static RasCase open(long localAuthorityId, long pupilId, long schoolId, long frameworkId, RasCaseKind kind,
                               String keyStage, @Nullable LocalDate reviewOn, List<String> existingOutcomes,
                               String actor, @Nullable String why, Instant now) {
        RasCaseStatus first = kind == RasCaseKind.ANNUAL_REVIEW ? RasCaseStatus.REPORTS_AWAITED : RasCaseStatus.SCORING;
        List<RasOutcomeReview> reviews = kind == RasCaseKind.ANNUAL_REVIEW
                ? existingOutcomes.stream().filter(o -> !o.isBlank())
                        .map(o -> new RasOutcomeReview(o.strip(), null, null)).toList()
                : List.of();
        RasCase c = new RasCase(null, localAuthorityId, pupilId, schoolId, frameworkId, kind, first,
                keyStage, reviewOn, null, null, null, null, null, null, null, null, null, actor, now, List.of(),
                List.of(), List.of(), reviews, null);
        c.steps.add(new RasStep(RasStepKind.OPENED, actor, now, blankToNull(why)));
        return c;
    }

    /** The setting was asked for its updated reports ahead of the annual review. */
    public void settingAsked(String actor, Instant now) {
        require(RasCaseStatus.REPORTS_AWAITED, RasCaseStatus.REPORTS_AWAITED);
        steps.add(new RasStep(RasStepKind.SETTING_ASKED, actor, now, null));
    }

    /** A document was added to the case (by the co-ordinator or, before an annual review, the setting). */
    public void evidenceAdded(String actor, String name, Instant now) {
        if (!status.takesEvidence()) {
            throw new TransitionException(RECORD, status, status);
        }
        steps.add(new RasStep(RasStepKind.EVIDENCE_ADDED, actor, now, name));
    }

    /**
     * The look back at the plan in force's outcomes, its own recorded step before re-scoring: each
     * outcome achieved, partly or not yet, with a note ({@link OutcomeReviewRules}); then scoring opens.
     */
    public void reviewOutcomes(List<RasOutcomeReview> reviewed, String actor, Instant now) {
        require(RasCaseStatus.REPORTS_AWAITED, RasCaseStatus.SCORING);
        if (reviewed.size() != outcomeReviews.size()) {
            throw new ValidationException(List.of(Violation.of("review", "ras.outcomeReview.everyOutcome")));
        }
        List<RasOutcomeReview> merged = new ArrayList<>();
        for (int i = 0; i < reviewed.size(); i++) {
            RasOutcomeReview r = reviewed.get(i);
            merged.add(outcomeReviews.get(i).reviewed(r.progress(), r.note() == null ? "" : r.note()));
        }
        check(OutcomeReviewRules.check(merged));
        outcomeReviews = merged;
        status = RasCaseStatus.SCORING;
        long achieved = merged.stream().filter(r -> r.progress() == org.waymark.plans.domain.OutcomeProgress.ACHIEVED)
                .count();
        steps.add(new RasStep(RasStepKind.OUTCOMES_REVIEWED, actor, now, achieved + "/" + merged.size()));
    }

    private void require(RasCaseStatus expected, RasCaseStatus to) {
        if (status != expected) {
            throw new TransitionException(RECORD, status, to);
        }
    }

    /** The case co-ordinator's scores (replacing earlier ones); checked against the framework on submit. */
    public void score(List<RasScore> newScores, RasOutcomes outcomes, String actor, Instant now) {
        require(RasCaseStatus.SCORING, RasCaseStatus.SCORING);
        scores = new ArrayList<>(newScores.stream()
                .map(s -> new RasScore(s.outcome(), s.level(), s.evidence().strip())).toList());
        points = outcomes.points(levels());
        steps.add(new RasStep(RasStepKind.SCORED, actor, now, null));
    }

    public void submit(RasOutcomes outcomes, String actor, Instant now) {
        submit(outcomes, java.util.Set.of(), actor, now);
    }

    /** Sends the scores for verification; an outcome in {@code documented} has documents attached as evidence. */
    public void submit(RasOutcomes outcomes, java.util.Set<String> documented, String actor, Instant now) {
        require(RasCaseStatus.SCORING, RasCaseStatus.TO_VERIFY);
        List<Violation> problems = ScoringRules.check(outcomes, scores, documented);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        status = RasCaseStatus.TO_VERIFY;
        steps.add(new RasStep(RasStepKind.SUBMITTED, actor, now, null));
    }

    /** The lead SEND co-ordinator verifies (not their own scores). */
    public void verify(String actor, String note, Instant now) {
        require(RasCaseStatus.TO_VERIFY, RasCaseStatus.VERIFIED);
        check(ScoringRules.checkReview(actor, scoredBy(), false, note));
        status = RasCaseStatus.VERIFIED;
        steps.add(new RasStep(RasStepKind.VERIFIED, actor, now, blankToNull(note)));
    }

    /** The lead SEND co-ordinator (or, at moderation, the personalisation officer) returns the scores with reasons. */
    public void returnForScoring(String actor, String reasons, Instant now) {
        if (status != RasCaseStatus.TO_VERIFY && status != RasCaseStatus.VERIFIED) {
            throw new TransitionException(RECORD, status, RasCaseStatus.SCORING);
        }
        check(ScoringRules.checkReview(actor, scoredBy(), true, reasons));
        status = RasCaseStatus.SCORING;
        steps.add(new RasStep(RasStepKind.RETURNED, actor, now, reasons.strip()));
    }

    /**
     * The personalisation officer moderates and sets the indicative resource: the converter's,
     * or another figure with the reason for departing from it.
     */
    public void moderate(long fit, BigDecimal converterFigure, @Nullable BigDecimal chosen, String note, String actor,
                         Instant now) {
        require(RasCaseStatus.VERIFIED, RasCaseStatus.MODERATED);
        check(ScoringRules.checkReview(actor, scoredBy(), false, note));
        boolean departs = chosen != null && chosen.compareTo(converterFigure) != 0;
        if (departs && note.isBlank()) {
            throw new ValidationException(List.of(Violation.of("note", "ras.moderate.reasonForOtherFigure")));
        }
        if (chosen != null && chosen.signum() <= 0) {
            throw new ValidationException(List.of(Violation.of("indicative", "ras.moderate.positive")));
        }
        fitId = fit;
        indicative = departs ? chosen : converterFigure;
        indicativeNote = blankToNull(note);
        status = RasCaseStatus.MODERATED;
        steps.add(new RasStep(RasStepKind.MODERATED, actor, now, (departs ? "converter " + converterFigure.toPlainString()
                + " → " + indicative.toPlainString() + ". " : "") + note.strip()));
    }

    /** The setting was told of the indicative resource ahead of the annual review. */
    public void settingTold(String actor, Instant now) {
        steps.add(new RasStep(RasStepKind.SETTING_TOLD, actor, now, null));
    }

    /** The TAC meeting's outcomes to the end of the key stage and its costed provision. */
    public void cost(String outcomes, List<RasProvision> lines, String reconsideredNote, String actor, Instant now) {
        require(RasCaseStatus.MODERATED, RasCaseStatus.MODERATED);
        List<Violation> problems = new ArrayList<>();
        if (outcomes.isBlank()) {
            problems.add(Violation.of("outcomes", "ras.tac.outcomesRequired"));
        }
        if (lines.isEmpty()) {
            problems.add(Violation.of("provision", "ras.tac.provisionRequired"));
        }
        for (RasProvision p : lines) {
            if (p.hoursAWeek().signum() <= 0 || p.weeks() < 1 || p.weeks() > 52) {
                problems.add(Violation.of("provision", "ras.tac.lineInvalid", p.rateName()));
            }
        }
        BigDecimal total = TacCosting.total(lines);
        if (indicative != null && TacCosting.overIndicative(total, indicative) && reconsideredNote.isBlank()) {
            problems.add(Violation.of("reconsidered", "ras.tac.reconsiderRequired"));
        }
        check(problems);
        outcomesAgreed = outcomes.strip();
        provisions = new ArrayList<>(lines);
        reconsidered = blankToNull(reconsideredNote);
        totalCost = total;
        steps.add(new RasStep(RasStepKind.COSTED, actor, now, total.toPlainString()));
    }

    /** Routes the costed plan by {@link TacCosting#route}; {@code moreAgreed}: the TAC agreed more is needed. */
    public RasRoute route(BigDecimal signOffLimit, boolean moreAgreed, String actor, Instant now) {
        require(RasCaseStatus.MODERATED, RasCaseStatus.TO_SIGN_OFF);
        if (totalCost == null || indicative == null) {
            throw new ValidationException(List.of(Violation.of("provision", "ras.tac.notCosted")));
        }
        RasRoute r = moreAgreed ? RasRoute.PANEL : TacCosting.route(totalCost, indicative, signOffLimit);
        route = r;
        status = r == RasRoute.LEAD_SIGN_OFF ? RasCaseStatus.TO_SIGN_OFF : RasCaseStatus.AT_PANEL;
        steps.add(new RasStep(RasStepKind.ROUTED, actor, now, r.name() + (moreAgreed ? " (more agreed)" : "")));
        return r;
    }

    /** The lead SEND co-ordinator signs the plan off at its costed total. */
    public void signOff(String actor, String note, Instant now) {
        require(RasCaseStatus.TO_SIGN_OFF, RasCaseStatus.SIGNED_OFF);
        status = RasCaseStatus.SIGNED_OFF;
        decidedAmount = totalCost;
        steps.add(new RasStep(RasStepKind.SIGNED_OFF, actor, now, blankToNull(note)));
    }

    /** The SEND resource panel's decision: an amount awarded, or none. */
    public void panelDecided(@Nullable BigDecimal amount, String reasons, String actor, Instant now) {
        require(RasCaseStatus.AT_PANEL, RasCaseStatus.DECIDED);
        status = RasCaseStatus.DECIDED;
        decidedAmount = amount;
        steps.add(new RasStep(RasStepKind.PANEL_DECIDED, actor, now, reasons.strip()));
    }

    /** Who scored last (the one a verifier or moderator must not be). */
    public String scoredBy() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).step() == RasStepKind.SCORED) {
                return steps.get(i).actor();
            }
        }
        return openedBy;
    }

    public Map<String, Integer> levels() {
        return scores.stream().collect(Collectors.toMap(RasScore::outcome, RasScore::level, (a, b) -> b));
    }

    private static void check(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getPupilId() { return pupilId; }
    public long getSchoolId() { return schoolId; }
    public long getFrameworkId() { return frameworkId; }
    public RasCaseKind getKind() { return kind; }
    public RasCaseStatus getStatus() { return status; }
    public String getKeyStage() { return keyStage; }
    public @Nullable LocalDate getReviewOn() { return reviewOn; }
    public @Nullable Integer getPoints() { return points; }
    public @Nullable Long getFitId() { return fitId; }
    public @Nullable BigDecimal getIndicative() { return indicative; }
    public @Nullable String getIndicativeNote() { return indicativeNote; }
    public @Nullable String getOutcomesAgreed() { return outcomesAgreed; }
    public @Nullable String getReconsidered() { return reconsidered; }
    public @Nullable BigDecimal getTotalCost() { return totalCost; }
    public @Nullable RasRoute getRoute() { return route; }
    public @Nullable BigDecimal getDecidedAmount() { return decidedAmount; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public List<RasScore> getScores() { return List.copyOf(scores); }
    public List<RasStep> getSteps() { return List.copyOf(steps); }
    public List<RasProvision> getProvisions() { return List.copyOf(provisions); }
    public List<RasOutcomeReview> getOutcomeReviews() { return List.copyOf(outcomeReviews); }
    public @Nullable Integer getVersion() { return version; }
}
