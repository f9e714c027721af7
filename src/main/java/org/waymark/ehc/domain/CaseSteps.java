package org.waymark.ehc.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which steps of an assessment are open and where each stands today, for one case's page and for
 * the lists alike: the facts of a case ({@link CaseFacts}) in, the steps due with their standing out.
 */
public final class CaseSteps {

    private CaseSteps() {
    }

    /** Advice still to come back, as the clock needs it. */
    public record OpenAdvice(long adviceId, AdviceKind kind, String adviser, LocalDate requestedOn) {
    }

    /** What the clock needs to know about an open case. */
    public record CaseFacts(long assessmentId, long pupilId, long schoolId, String caseworker,
                            AssessmentStatus status, LocalDate receivedOn, @Nullable LocalDate draftSentOn,
                            @Nullable LocalDate parentsRepliedOn, @Nullable LocalDate consultedOn,
                            @Nullable LocalDate schoolAnsweredOn, List<EhcClock.Pause> pauses,
                            List<OpenAdvice> advice) {

        public CaseFacts {
            pauses = List.copyOf(pauses);
            advice = List.copyOf(advice);
        }

        public static CaseFacts of(EhcAssessment a, List<EhcAdvice> advice) {
            return new CaseFacts(a.getId() == null ? 0 : a.getId(), a.getPupilId(), a.getSchoolId(), a.getCaseworker(),
                    a.getStatus(), a.getReceivedOn(), a.getDraftSentOn(), a.getParentsRepliedOn(), a.getConsultedOn(),
                    a.getSchoolAnsweredOn(), a.periods(), advice.stream().filter(EhcAdvice::outstanding)
                    .map(v -> new OpenAdvice(v.getId() == null ? 0 : v.getId(), v.getKind(), v.getAdviser(),
                            v.getRequestedOn())).toList());
        }
    }

    /** One step due on a case: for advice, whose. */
    public record DueStep(CaseFacts facts, AssessmentStep step, @Nullable OpenAdvice advice,
                          EhcClock.Standing standing) {
    }

    /**
     * The steps with a time limit open in a status, apart from each adviser's: the decision while
     * requested; the draft (or a decision not to issue) while assessing and until the draft is sent;
     * the parents' comments once it is sent, until they reply; the consultation once the school is
     * consulted, until it answers; the final plan from the decision to assess until it is issued.
     */
    public static List<AssessmentStep> open(AssessmentStatus status, @Nullable LocalDate draftSentOn,
                                            @Nullable LocalDate parentsRepliedOn, @Nullable LocalDate consultedOn,
                                            @Nullable LocalDate schoolAnsweredOn) {
        List<AssessmentStep> open = new ArrayList<>();
        switch (status) {
            case REQUESTED -> open.add(AssessmentStep.DECISION);
            case ASSESSING -> {
                open.add(AssessmentStep.DRAFT);
                open.add(AssessmentStep.FINAL);
            }
            case DRAFT -> {
                if (draftSentOn == null) {
                    open.add(AssessmentStep.DRAFT);
                } else if (parentsRepliedOn == null) {
                    open.add(AssessmentStep.COMMENTS);
                }
                if (consultedOn != null && schoolAnsweredOn == null) {
                    open.add(AssessmentStep.CONSULTATION);
                }
                open.add(AssessmentStep.FINAL);
            }
            default -> {
                // closed: nothing is due
            }
        }
        return List.copyOf(open);
    }

    /** The steps due on a case today — outstanding advice first — soonest due first. */
    public static List<DueStep> due(CaseFacts c, LocalDate today) {
        boolean paused = EhcClock.paused(c.pauses(), today);
        List<DueStep> steps = new ArrayList<>();
        if (c.status().open()) {
            for (OpenAdvice a : c.advice()) {
                steps.add(new DueStep(c, AssessmentStep.ADVICE, a, EhcClock.standing(
                        EhcClock.due(AssessmentStep.ADVICE, a.requestedOn(), c.pauses(), today), today, paused)));
            }
        }
        for (AssessmentStep step : open(c.status(), c.draftSentOn(), c.parentsRepliedOn(), c.consultedOn(),
                c.schoolAnsweredOn())) {
            LocalDate start = switch (step) {
                case COMMENTS -> c.draftSentOn();
                case CONSULTATION -> c.consultedOn();
                default -> c.receivedOn();
            };
            if (start != null) {
                steps.add(new DueStep(c, step, null,
                        EhcClock.standing(EhcClock.due(step, start, c.pauses(), today), today, paused)));
            }
        }
        steps.sort(Comparator.comparing((DueStep d) -> d.standing().due()));
        return steps;
    }

    /** The step a case is at: the first open one of its status (advice while any is outstanding). */
    public static @Nullable AssessmentStep current(CaseFacts c) {
        if (c.status() == AssessmentStatus.ASSESSING && !c.advice().isEmpty()) {
            return AssessmentStep.ADVICE;
        }
        List<AssessmentStep> open = open(c.status(), c.draftSentOn(), c.parentsRepliedOn(), c.consultedOn(),
                c.schoolAnsweredOn());
        return open.isEmpty() ? null : open.getFirst();
    }
}
