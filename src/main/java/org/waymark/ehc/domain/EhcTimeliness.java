package org.waymark.ehc.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How an assessment's steps stood against their statutory limits ({@link EhcClock}), for the
 * reporting of timeliness: each step whose limit (pushed back by the recorded exceptions) falls in
 * a period is ON_TIME or LATE when done, OVERDUE when still open past its limit, NOT_DUE when still
 * open within it; a step the case no longer needs (closed another way) is not counted. The steps:
 * <ul>
 * <li>DECISION — decide whether to assess within 6 weeks of the request (done on the decision, either way);</li>
 * <li>ADVICE — each adviser's advice within 6 weeks of asking for it (done when returned; outstanding
 * advice counts only while the case is open);</li>
 * <li>DRAFT — the draft plan sent, or a decision not to issue one, within 16 weeks of the request
 * (a plan issued without a recorded draft counts as done on its issue);</li>
 * <li>FINAL — the final plan issued within 20 weeks of the request: the overall 20-week measure, for
 * the cases the authority decided to assess and did not close with a decision not to issue.</li>
 * </ul>
 */
public final class EhcTimeliness {

    public enum Step { DECISION, ADVICE, DRAFT, FINAL }

    public enum State { ON_TIME, LATE, OVERDUE, NOT_DUE }

    /** Advice asked for on a day, returned on another (null while outstanding). */
    public record Advice(LocalDate requestedOn, @Nullable LocalDate returnedOn) {
    }

    /** The facts of one case the timeliness needs. */
    public record Facts(AssessmentStatus status, LocalDate receivedOn, @Nullable LocalDate decidedOn,
                        @Nullable LocalDate draftSentOn, @Nullable LocalDate closedOn, List<EhcClock.Pause> pauses,
                        List<Advice> advice) {

        public Facts {
            pauses = List.copyOf(pauses);
            advice = List.copyOf(advice);
        }
    }

    /** One step of one case, counted: the step, its limit and where it stands. */
    public record Counted(Step step, LocalDate due, State state) {
    }

    private EhcTimeliness() {
    }

    /** The steps of a case whose limit falls from {@code from} to {@code to} (both counting), as they stand {@code today}. */
    public static List<Counted> steps(Facts c, LocalDate from, LocalDate to, LocalDate today) {
        List<Counted> out = new ArrayList<>();
        AssessmentStatus s = c.status();
        add(out, Step.DECISION, AssessmentStep.DECISION, c.receivedOn(), c.decidedOn(), true, c, from, to, today);
        boolean assessed = s == AssessmentStatus.ASSESSING || s == AssessmentStatus.DRAFT
                || s == AssessmentStatus.ISSUED || s == AssessmentStatus.NOT_ISSUED;
        if (assessed) {
            LocalDate drafted = c.draftSentOn() != null ? c.draftSentOn()
                    : s == AssessmentStatus.ISSUED || s == AssessmentStatus.NOT_ISSUED ? c.closedOn() : null;
            add(out, Step.DRAFT, AssessmentStep.DRAFT, c.receivedOn(), drafted, s.open(), c, from, to, today);
        }
        if (assessed && s != AssessmentStatus.NOT_ISSUED) {
            LocalDate issued = s == AssessmentStatus.ISSUED ? c.closedOn() : null;
            add(out, Step.FINAL, AssessmentStep.FINAL, c.receivedOn(), issued, s.open(), c, from, to, today);
        }
        for (Advice a : c.advice()) {
            add(out, Step.ADVICE, AssessmentStep.ADVICE, a.requestedOn(), a.returnedOn(), s.open(), c, from, to, today);
        }
        return out;
    }

    private static void add(List<Counted> out, Step step, AssessmentStep clockStep, LocalDate start,
                            @Nullable LocalDate doneOn, boolean stillNeeded, Facts c, LocalDate from, LocalDate to,
                            LocalDate today) {
        if (doneOn == null && !stillNeeded) {
            return;
        }
        // an exception still open when the step was done counts up to that day, not to today
        LocalDate asOf = doneOn != null && doneOn.isBefore(today) ? doneOn : today;
        LocalDate due = EhcClock.due(clockStep, start, c.pauses(), asOf);
        if (due.isBefore(from) || due.isAfter(to)) {
            return;
        }
        State state = doneOn != null ? (EhcClock.late(due, doneOn) ? State.LATE : State.ON_TIME)
                : due.isBefore(today) ? State.OVERDUE : State.NOT_DUE;
        out.add(new Counted(step, due, state));
    }

    /**
     * The earliest request day a case without exceptions can have and still have a limit on or after
     * {@code from}: the longest limit (20 weeks) before it. Cases with exceptions are always read.
     */
    public static LocalDate earliestRequest(LocalDate from) {
        return from.minusDays(EhcClock.days(AssessmentStep.FINAL));
    }
}
