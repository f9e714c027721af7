package org.waymark.aln.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Violation;

/**
 * The order of a disagreement's steps (ALN Code ch. 32; seed 002 §7): it is logged; a liaison
 * officer assigned starts informal resolution; from there the authority's disagreement resolution
 * service, or the Education Tribunal for Wales (the service is voluntary and never bars an appeal);
 * from the service the tribunal; it may be closed, with its outcome, from any step once an officer
 * has it — from the tribunal only when its hearing date is recorded. Never backwards. And what a
 * concern and each step must give, each message on its field.
 */
public final class DisagreementRules {

    public static final int MAX_CONCERN = 2000;
    public static final int MAX_OUTCOME = 1000;

    private DisagreementRules() {
    }

    /** A concern as logged: what it is about, when it was raised, the concern itself. */
    public record ConcernInput(@Nullable DisagreementTopic topic, @Nullable LocalDate raisedOn, String concern) {
    }

    /** The steps that may follow {@code from}. */
    public static Set<DisagreementStatus> next(DisagreementStatus from) {
        return switch (from) {
            case LOGGED -> EnumSet.of(DisagreementStatus.INFORMAL);
            case INFORMAL -> EnumSet.of(DisagreementStatus.RESOLUTION_SERVICE, DisagreementStatus.TRIBUNAL,
                    DisagreementStatus.CLOSED);
            case RESOLUTION_SERVICE -> EnumSet.of(DisagreementStatus.TRIBUNAL, DisagreementStatus.CLOSED);
            case TRIBUNAL -> EnumSet.of(DisagreementStatus.CLOSED);
            case CLOSED -> EnumSet.noneOf(DisagreementStatus.class);
        };
    }

    /** Whether the step to {@code to} may follow {@code from}, given whether a tribunal hearing is dated. */
    public static boolean allowed(DisagreementStatus from, DisagreementStatus to, boolean hearingDated) {
        if (!next(from).contains(to)) {
            return false;
        }
        return from != DisagreementStatus.TRIBUNAL || hearingDated;
    }

    public static List<Violation> check(ConcernInput input, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (input.topic() == null) {
            v.add(Violation.of("topic", "aln.dis.topic.required"));
        }
        if (input.raisedOn() == null) {
            v.add(Violation.of("raisedOn", "aln.dis.date.required"));
        } else if (input.raisedOn().isAfter(today)) {
            v.add(Violation.of("raisedOn", "aln.date.future"));
        }
        text(v, "concern", input.concern(), MAX_CONCERN, "aln.dis.concern.required");
        return v;
    }

    /**
     * A step to {@code to} on {@code on}, closing the current step with {@code outcome}: allowed in
     * this order, dated not before the current step began nor in the future, the outcome given.
     */
    public static List<Violation> checkStep(DisagreementStatus from, DisagreementStatus to, boolean hearingDated,
                                            @Nullable LocalDate on, @Nullable LocalDate currentSince, String outcome,
                                            LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (!allowed(from, to, hearingDated)) {
            v.add(Violation.of("step", from == DisagreementStatus.TRIBUNAL && to == DisagreementStatus.CLOSED
                    ? "aln.dis.step.hearingFirst" : "aln.dis.step.order"));
        }
        dated(v, "on", on, currentSince, today);
        text(v, "outcome", outcome, MAX_OUTCOME, "aln.dis.outcome.required");
        return v;
    }

    /** A tribunal hearing's date: only while at the tribunal, not before the referral (it may be ahead). */
    public static List<Violation> checkHearing(DisagreementStatus status, @Nullable LocalDate on,
                                               @Nullable LocalDate referredOn) {
        List<Violation> v = new ArrayList<>();
        if (status != DisagreementStatus.TRIBUNAL) {
            v.add(Violation.of("hearingOn", "aln.dis.step.order"));
        }
        if (on == null) {
            v.add(Violation.of("hearingOn", "aln.dis.date.required"));
        } else if (referredOn != null && on.isBefore(referredOn)) {
            v.add(Violation.of("hearingOn", "aln.dis.date.beforeStep"));
        }
        return v;
    }

    private static void dated(List<Violation> v, String field, @Nullable LocalDate on, @Nullable LocalDate since,
                              LocalDate today) {
        if (on == null) {
            v.add(Violation.of(field, "aln.dis.date.required"));
        } else if (on.isAfter(today)) {
            v.add(Violation.of(field, "aln.date.future"));
        } else if (since != null && on.isBefore(since)) {
            v.add(Violation.of(field, "aln.dis.date.beforeStep"));
        }
    }

    private static void text(List<Violation> v, String field, String text, int max, String requiredKey) {
        AlnRules.text(v, field, text, max, requiredKey);
    }
}
