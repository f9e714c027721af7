package org.waymark.plans.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.waymark.base.domain.Violation;

/** What makes a draft's content acceptable to save. Messages are i18n keys. */
public final class PlanRules {

    public static final int MAX_TEXT = 2000;
    public static final BigDecimal MAX_HOURS_PER_WEEK = new BigDecimal("40");

    private PlanRules() {
    }

    public static List<Violation> validate(PlanContent c) {
        List<Violation> violations = new ArrayList<>();
        statements(violations, "whatMatters", c.whatMatters());
        statements(violations, "likedFor", c.likedFor());
        statements(violations, "howToSupport", c.howToSupport());
        for (PlanContent.Need need : c.needs()) {
            text(violations, "needs", need.description());
        }
        Set<String> keys = new HashSet<>();
        for (PlanContent.Outcome outcome : c.outcomes()) {
            if (!keys.add(outcome.key())) {
                violations.add(Violation.of("outcomes", "plan.outcome.duplicateKey", outcome.key()));
            }
            text(violations, "outcomes", outcome.text());
        }
        for (PlanContent.Provision p : c.provisions()) {
            if (!keys.contains(p.outcomeKey())) {
                violations.add(Violation.of("provisions", "plan.provision.unknownOutcome", p.outcomeKey()));
            }
            text(violations, "provisions", p.what());
            text(violations, "provisions", p.who());
            text(violations, "provisions", p.frequency());
            if (p.hoursPerWeek().signum() < 0 || p.hoursPerWeek().compareTo(MAX_HOURS_PER_WEEK) > 0) {
                violations.add(Violation.of("provisions", "plan.provision.hours", MAX_HOURS_PER_WEEK));
            }
            if (p.annualCost().signum() < 0) {
                violations.add(Violation.of("provisions", "plan.provision.cost"));
            }
        }
        if (c.assistantRole() != null) {
            text(violations, "assistantRole", c.assistantRole().description());
            if (c.assistantRole().outcomeKeys().isEmpty()) {
                violations.add(Violation.of("assistantRole", "plan.assistant.outcomesRequired"));
            }
            for (String key : c.assistantRole().outcomeKeys()) {
                if (!keys.contains(key)) {
                    violations.add(Violation.of("assistantRole", "plan.provision.unknownOutcome", key));
                }
            }
        }
        c.equipment().forEach(e -> text(violations, "equipment", e));
        c.agencies().forEach(a -> text(violations, "agencies", a));
        return violations;
    }

    /** A draft can be agreed only when it has at least one outcome with provision. */
    public static List<Violation> readyToAgree(PlanContent c) {
        List<Violation> violations = new ArrayList<>(validate(c));
        if (c.outcomes().isEmpty()) {
            violations.add(Violation.of("outcomes", "plan.agree.noOutcomes"));
        }
        if (c.provisions().isEmpty()) {
            violations.add(Violation.of("provisions", "plan.agree.noProvision"));
        }
        return violations;
    }

    private static void statements(List<Violation> violations, String field, List<PlanContent.Statement> list) {
        list.forEach(s -> text(violations, field, s.text()));
    }

    private static void text(List<Violation> violations, String field, String text) {
        if (text == null || text.isBlank()) {
            violations.add(Violation.of(field, "plan.text.required"));
        } else if (text.length() > MAX_TEXT) {
            violations.add(Violation.of(field, "plan.text.tooLong", MAX_TEXT));
        }
    }
}
