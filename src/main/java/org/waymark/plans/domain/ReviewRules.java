package org.waymark.plans.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.waymark.base.domain.Violation;

/**
 * What a review record must hold, and how it shapes the next version. Every outcome of the
 * reviewed version is marked exactly once. Achieved outcomes leave the next draft together with
 * the provision for them (their work is done); partly-met and not-yet-met outcomes stay; new
 * outcomes are added with the next free keys so provision can be set against them.
 */
public final class ReviewRules {

    static final int MAX_COMMENT = 1000;

    private ReviewRules() {
    }

    public static List<Violation> validate(PlanContent reviewed, PlanReview.ReviewRecord record, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (record.heldOn().isAfter(today)) {
            violations.add(Violation.of("heldOn", "review.heldOn.future"));
        }
        if (record.summary().length() > PlanRules.MAX_TEXT) {
            violations.add(Violation.of("summary", "plan.text.tooLong", PlanRules.MAX_TEXT));
        }
        Set<String> expected = reviewed.outcomes().stream().map(PlanContent.Outcome::key).collect(Collectors.toSet());
        List<String> marked = record.outcomes().stream().map(PlanReview.ReviewedOutcome::outcomeKey).toList();
        for (PlanContent.Outcome outcome : reviewed.outcomes()) {
            long times = marked.stream().filter(outcome.key()::equals).count();
            if (times != 1) {
                violations.add(Violation.of("outcomes." + outcome.key(), "review.outcome.markEach", outcome.key()));
            }
        }
        for (PlanReview.ReviewedOutcome o : record.outcomes()) {
            if (!expected.contains(o.outcomeKey())) {
                violations.add(Violation.of("outcomes." + o.outcomeKey(), "plan.provision.unknownOutcome", o.outcomeKey()));
            }
            if (o.comment().length() > MAX_COMMENT) {
                violations.add(Violation.of("outcomes." + o.outcomeKey(), "plan.text.tooLong", MAX_COMMENT));
            }
        }
        for (int i = 0; i < record.newOutcomes().size(); i++) {
            PlanReview.NewOutcome n = record.newOutcomes().get(i);
            if (n.text().isBlank()) {
                violations.add(Violation.of("newOutcomes." + i, "plan.text.required"));
            } else if (n.text().length() > PlanRules.MAX_TEXT) {
                violations.add(Violation.of("newOutcomes." + i, "plan.text.tooLong", PlanRules.MAX_TEXT));
            }
            if (!n.targetDate().isAfter(record.heldOn())) {
                violations.add(Violation.of("newOutcomes." + i, "review.newOutcome.targetDate"));
            }
        }
        return violations;
    }

    /** The next draft: achieved outcomes and their provision removed, new outcomes added. */
    public static PlanContent carryForward(PlanContent draft, PlanReview.ReviewRecord record) {
        Set<String> achieved = record.outcomes().stream().filter(o -> o.progress() == OutcomeProgress.ACHIEVED)
                .map(PlanReview.ReviewedOutcome::outcomeKey).collect(Collectors.toSet());
        List<PlanContent.Outcome> outcomes = new ArrayList<>(draft.outcomes().stream()
                .filter(o -> !achieved.contains(o.key())).toList());
        int highest = draft.outcomes().stream().map(PlanContent.Outcome::key).filter(k -> k.matches("O\\d+"))
                .mapToInt(k -> Integer.parseInt(k.substring(1))).max().orElse(0);
        for (PlanReview.NewOutcome n : record.newOutcomes()) {
            outcomes.add(new PlanContent.Outcome("O" + (++highest), n.text().strip(), n.targetDate()));
        }
        List<PlanContent.Provision> provisions = draft.provisions().stream()
                .filter(p -> !achieved.contains(p.outcomeKey())).toList();
        PlanContent.AssistantRole role = draft.assistantRole();
        if (role != null) {
            List<String> keys = role.outcomeKeys().stream().filter(k -> !achieved.contains(k)).toList();
            // an assistant whose every outcome is achieved has no role left in the plan
            role = keys.isEmpty() ? null : new PlanContent.AssistantRole(role.description(), keys);
        }
        EhcSections ehc = draft.ehc();
        java.util.function.Function<List<PlanContent.Provision>, List<PlanContent.Provision>> kept =
                list -> list.stream().filter(p -> !achieved.contains(p.outcomeKey())).toList();
        ehc = ehc.withCareProvision(kept.apply(ehc.healthProvision()), kept.apply(ehc.socialCareSection2()),
                kept.apply(ehc.otherSocialCare()));
        return draft.withOutcomes(outcomes).withProvisions(provisions)
                .withSupportAround(role, draft.equipment(), draft.agencies()).withEhc(ehc);
    }
}
