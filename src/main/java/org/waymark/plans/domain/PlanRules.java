package org.waymark.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Violation;

/** What makes a draft's content acceptable to save. Messages are i18n keys. */
public final class PlanRules {

    public static final int MAX_TEXT = 2000;
    /** Why a plan moved on (e.g. why it ceased), kept with the step. */
    public static final int MAX_STEP_NOTE = 500;
    public static final BigDecimal MAX_HOURS_PER_WEEK = new BigDecimal("40");

    private PlanRules() {
    }

    /**
     * Every broken rule, each on the row it concerns: the field is the list's name and the row's
     * index (e.g. {@code outcomes.2}) so the editor can show the message beside that row.
     */
    public static List<Violation> validate(PlanContent c) {
        List<Violation> violations = new ArrayList<>();
        statements(violations, "whatMatters", c.whatMatters());
        statements(violations, "likedFor", c.likedFor());
        statements(violations, "howToSupport", c.howToSupport());
        for (int i = 0; i < c.needs().size(); i++) {
            text(violations, row("needs", i), c.needs().get(i).description());
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < c.outcomes().size(); i++) {
            PlanContent.Outcome outcome = c.outcomes().get(i);
            if (!keys.add(outcome.key())) {
                violations.add(Violation.of(row("outcomes", i), "plan.outcome.duplicateKey", outcome.key()));
            }
            text(violations, row("outcomes", i), outcome.text());
        }
        for (int i = 0; i < c.provisions().size(); i++) {
            PlanContent.Provision p = c.provisions().get(i);
            String field = row("provisions", i);
            if (!keys.contains(p.outcomeKey())) {
                violations.add(Violation.of(field, "plan.provision.unknownOutcome", p.outcomeKey()));
            }
            text(violations, field, p.what());
            text(violations, field, p.who());
            text(violations, field, p.frequency());
            if (p.hoursPerWeek().signum() < 0 || p.hoursPerWeek().compareTo(MAX_HOURS_PER_WEEK) > 0) {
                violations.add(Violation.of(field, "plan.provision.hours", MAX_HOURS_PER_WEEK));
            }
            if (p.annualCost().signum() < 0) {
                violations.add(Violation.of(field, "plan.provision.cost"));
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

    /**
     * An outcome is set to be met in the future: a target date before today is refused on an
     * outcome that is new or whose date changed ({@code stored} is the draft as saved before).
     * An outcome kept as it was stays acceptable after its date has passed, so an older plan can
     * still be saved while its review is due.
     */
    public static List<Violation> targetDates(PlanContent edited, PlanContent stored, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < edited.outcomes().size(); i++) {
            PlanContent.Outcome outcome = edited.outcomes().get(i);
            LocalDate target = outcome.targetDate();
            boolean unchanged = stored.outcomes().stream().anyMatch(o -> o.key().equals(outcome.key())
                    && Objects.equals(o.targetDate(), target));
            if (target.isBefore(today) && !unchanged) {
                violations.add(Violation.of(row("outcomes", i), "plan.outcome.targetDate.past",
                        Dates.DAY_MONTH_YEAR.format(target)));
            }
        }
        return violations;
    }

    /** The field name of one row of a list. */
    public static String row(String list, int index) {
        return list + "." + index;
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
        for (int i = 0; i < list.size(); i++) {
            text(violations, row(field, i), list.get(i).text());
        }
    }

    private static void text(List<Violation> violations, String field, String text) {
        if (text == null || text.isBlank()) {
            violations.add(Violation.of(field, "plan.text.required"));
        } else if (text.length() > MAX_TEXT) {
            violations.add(Violation.of(field, "plan.text.tooLong", MAX_TEXT));
        }
    }
}
