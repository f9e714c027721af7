package org.waymark.aln.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Violation;

/**
 * What the school (or the authority) must give to record a concern and a decision, each rule a
 * message beside its field: who raised the concern and when (not in the future) and what it is; the
 * evidence of less-than-expected progress; the inclusive provision already made; both limbs of test
 * 1 answered with reasons; test 2 answered with reasons when test 1 is met. A "significantly greater
 * difficulty in learning" (limb a) rests on evidence of less-than-expected progress (ALN Code 20.4,
 * 20.8): at least one way progress fell short is ticked.
 */
public final class AlnRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_CONCERN = 2000;
    public static final int MAX_EVIDENCE = 4000;
    public static final int MAX_PROVISION = 4000;
    public static final int MAX_REASONS = 2000;

    private AlnRules() {
    }

    /** A concern as raised: by whom (a kind of person and, optionally, their name or role), when, what. */
    public record ConcernInput(@Nullable ConcernSource source, String raisedBy, @Nullable LocalDate raisedOn,
                               String concern) {
    }

    /** The decision as the form gives it. Test 2's answer is ignored when test 1 is not met. */
    public record DecisionInput(Set<ProgressMeasure> progress, String evidence, String inclusiveProvision,
                                @Nullable Boolean significantDifficulty, @Nullable Boolean equalityActDisability,
                                String test1Reasons, @Nullable Boolean callsForAlp, String test2Reasons) {

        public DecisionInput {
            progress = Set.copyOf(progress);
        }

        public TwoStepTest.Answers answers() {
            return new TwoStepTest.Answers(significantDifficulty, equalityActDisability, callsForAlp);
        }

        /** The input with test 2 left out when test 1 is not met (test 2 is then not applied). */
        public DecisionInput normalised() {
            if (TwoStepTest.test1(answers()).orElse(true)) {
                return this;
            }
            return new DecisionInput(progress, evidence, inclusiveProvision, significantDifficulty,
                    equalityActDisability, test1Reasons, null, "");
        }
    }

    public static List<Violation> check(ConcernInput input, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (input.source() == null) {
            problems.add(Violation.of("source", "aln.concern.source.required"));
        }
        if (input.raisedBy().length() > MAX_NAME) {
            problems.add(Violation.of("raisedBy", "aln.text.tooLong", MAX_NAME));
        }
        if (input.raisedOn() == null) {
            problems.add(Violation.of("raisedOn", "aln.concern.raisedOn.required"));
        } else if (input.raisedOn().isAfter(today)) {
            problems.add(Violation.of("raisedOn", "aln.date.future"));
        }
        text(problems, "concern", input.concern(), MAX_CONCERN, "aln.concern.text.required");
        return problems;
    }

    public static List<Violation> check(DecisionInput input) {
        List<Violation> problems = new ArrayList<>();
        DecisionInput d = input.normalised();
        if (Boolean.TRUE.equals(d.significantDifficulty()) && d.progress().isEmpty()) {
            problems.add(Violation.of("progress", "aln.progress.required"));
        }
        text(problems, "evidence", d.evidence(), MAX_EVIDENCE, "aln.evidence.required");
        text(problems, "inclusiveProvision", d.inclusiveProvision(), MAX_PROVISION, "aln.provision.required");
        if (d.significantDifficulty() == null) {
            problems.add(Violation.of("significantDifficulty", "aln.test1a.required"));
        }
        if (d.equalityActDisability() == null) {
            problems.add(Violation.of("equalityActDisability", "aln.test1b.required"));
        }
        text(problems, "test1Reasons", d.test1Reasons(), MAX_REASONS, "aln.test1.reasons.required");
        if (TwoStepTest.test1(d.answers()).orElse(false)) {
            if (d.callsForAlp() == null) {
                problems.add(Violation.of("callsForAlp", "aln.test2.required"));
            }
            text(problems, "test2Reasons", d.test2Reasons(), MAX_REASONS, "aln.test2.reasons.required");
        }
        return problems;
    }

    /** A date a referral's clock starts on: given, and not in the future. */
    public static List<Violation> checkStart(String field, @Nullable LocalDate day, LocalDate today) {
        if (day == null) {
            return List.of(Violation.of(field, "aln.referral.startedOn.required"));
        }
        return day.isAfter(today) ? List.of(Violation.of(field, "aln.date.future")) : List.of();
    }

    /** A text that must be given, within its limit. */
    public static void text(List<Violation> problems, String field, String value, int max, String requiredKey) {
        if (value.isBlank()) {
            problems.add(Violation.of(field, requiredKey));
        } else if (value.length() > max) {
            problems.add(Violation.of(field, "aln.text.tooLong", max));
        }
    }
}
