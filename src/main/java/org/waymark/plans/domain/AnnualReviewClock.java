package org.waymark.plans.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The statutory clock of an EHC plan's annual review, in calendar days (Children and Families Act
 * 2014 s.44; SEND Regulations 2014 regs 18–22; SEND Code of Practice 9.166–9.196):
 * <ul>
 *   <li>the review meeting within 12 months of the plan being issued, then of the last review;</li>
 *   <li>advice and information requested and circulated at least 2 weeks before the meeting;</li>
 *   <li>the meeting's report sent within 2 weeks of it;</li>
 *   <li>the authority's decision (maintain, amend, cease) within 4 weeks of the meeting;</li>
 *   <li>where it amends, the amended plan issued within 8 weeks of the proposed amendments being
 *       sent to the parents (who have 15 days to comment).</li>
 * </ul>
 * Months are calendar months: 12 months from 29 February is 28 February.
 */
public final class AnnualReviewClock {

    public static final int REVIEW_MONTHS = 12;
    public static final int PAPERWORK_DAYS_BEFORE = 14;
    public static final int REPORT_DAYS = 14;
    public static final int DECISION_DAYS = 28;
    public static final int AMENDED_PLAN_DAYS = 56;
    public static final int AMENDMENT_COMMENT_DAYS = 15;

    private AnnualReviewClock() {
    }

    /** The steps of an annual review in the order they fall due. */
    public enum Step { MEETING, PAPERWORK, REPORT, DECISION, AMENDED_PLAN }

    /** The last day for the review meeting: 12 months from the plan's issue or the last review meeting. */
    public static LocalDate meetingDue(LocalDate issuedOrLastReviewed) {
        return issuedOrLastReviewed.plusMonths(REVIEW_MONTHS);
    }

    /** The last day to circulate the advice and papers: two weeks before the meeting. */
    public static LocalDate paperworkDue(LocalDate meetingOn) {
        return meetingOn.minusDays(PAPERWORK_DAYS_BEFORE);
    }

    public static LocalDate reportDue(LocalDate heldOn) {
        return heldOn.plusDays(REPORT_DAYS);
    }

    public static LocalDate decisionDue(LocalDate heldOn) {
        return heldOn.plusDays(DECISION_DAYS);
    }

    public static LocalDate amendedPlanDue(LocalDate amendmentsSentOn) {
        return amendmentsSentOn.plusDays(AMENDED_PLAN_DAYS);
    }

    /** The last day for the parents' comments on proposed amendments (the day sent counting as the first). */
    public static LocalDate commentsDue(LocalDate amendmentsSentOn) {
        return amendmentsSentOn.plusDays(AMENDMENT_COMMENT_DAYS - 1L);
    }

    /** What is known of one review. */
    public record Facts(LocalDate meetingDue, @Nullable LocalDate meetingOn, @Nullable LocalDate paperworkSentOn,
                        @Nullable LocalDate heldOn, @Nullable LocalDate reportSentOn,
                        @Nullable ReviewDecision decision, @Nullable LocalDate decidedOn,
                        @Nullable LocalDate amendmentsSentOn, @Nullable LocalDate amendedPlanIssuedOn) {
    }

    /** One step: its due date (none until the step it counts from is known) and when it was done. */
    public record StepDue(Step step, @Nullable LocalDate dueBy, @Nullable LocalDate doneOn) {

        public boolean done() {
            return doneOn != null;
        }

        /** Done after its due date. */
        public boolean late() {
            return doneOn != null && dueBy != null && doneOn.isAfter(dueBy);
        }

        /** Not done and past its due date on {@code today}. */
        public boolean overdue(LocalDate today) {
            return doneOn == null && dueBy != null && today.isAfter(dueBy);
        }

        /** Calendar days from today to the due date: negative once overdue (−3 = three days late). */
        public long daysLeft(LocalDate today) {
            return dueBy == null ? 0 : ChronoUnit.DAYS.between(today, dueBy);
        }
    }

    /**
     * Every step that applies to the review as it stands: the amended plan only after a decision
     * to amend, nothing after the decision otherwise.
     */
    public static List<StepDue> steps(Facts f) {
        List<StepDue> steps = new ArrayList<>();
        steps.add(new StepDue(Step.PAPERWORK, f.meetingOn() == null ? null : paperworkDue(f.meetingOn()),
                f.paperworkSentOn()));
        steps.add(new StepDue(Step.MEETING, f.meetingDue(), f.heldOn()));
        steps.add(new StepDue(Step.REPORT, f.heldOn() == null ? null : reportDue(f.heldOn()), f.reportSentOn()));
        steps.add(new StepDue(Step.DECISION, f.heldOn() == null ? null : decisionDue(f.heldOn()), f.decidedOn()));
        if (f.decision() == ReviewDecision.AMEND) {
            steps.add(new StepDue(Step.AMENDED_PLAN, f.amendmentsSentOn() == null ? null
                    : amendedPlanDue(f.amendmentsSentOn()), f.amendedPlanIssuedOn()));
        }
        return steps;
    }

    /**
     * The step to watch: of the steps not yet done, with a due date and not passed by a later step
     * already done, the one due soonest; none once every step is done.
     */
    public static Optional<StepDue> next(Facts f) {
        List<StepDue> steps = steps(f);
        return steps.stream().filter(s -> !s.done() && s.dueBy() != null && !passed(steps, s))
                .min(java.util.Comparator.comparing(StepDue::dueBy));
    }

    /**
     * A step not done that a later step has overtaken (papers never recorded for a meeting that
     * was held; a report not recorded once the decision is made): no longer to be done, so
     * neither due nor overdue.
     */
    public static boolean passed(List<StepDue> steps, StepDue step) {
        int at = steps.indexOf(step);
        return !step.done() && steps.subList(at + 1, steps.size()).stream().anyMatch(StepDue::done);
    }
}
