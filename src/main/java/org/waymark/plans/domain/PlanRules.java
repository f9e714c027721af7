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
        provisions(violations, "provisions", c.provisions(), keys);
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
        ehc(violations, c.ehc(), keys);
        return violations;
    }

    private static void ehc(List<Violation> violations, EhcSections e, Set<String> keys) {
        statements(violations, "aspirations", e.aspirations());
        e.healthNeeds().forEach(n -> text(violations, "healthNeeds", n));
        e.socialCareNeeds().forEach(n -> text(violations, "socialCareNeeds", n));
        provisions(violations, "healthProvision", e.healthProvision(), keys);
        provisions(violations, "socialCareSection2", e.socialCareSection2(), keys);
        provisions(violations, "otherSocialCare", e.otherSocialCare(), keys);
        if (e.placement() != null) {
            text(violations, "placement", e.placement().name());
        }
        if (e.personalBudget() != null) {
            text(violations, "personalBudget", e.personalBudget().arrangements());
            if (e.personalBudget().annualAmount().signum() < 0 || e.personalBudget().directPayments().signum() < 0) {
                violations.add(Violation.of("personalBudget", "plan.provision.cost"));
            } else if (e.personalBudget().directPayments().compareTo(e.personalBudget().annualAmount()) > 0) {
                violations.add(Violation.of("personalBudget", "plan.ehc.budget.directPayments"));
            }
        }
        for (int i = 0; i < e.advice().size(); i++) {
            text(violations, row("advice", i), e.advice().get(i).from());
            if (e.advice().get(i).dated().getYear() < 1900) {
                violations.add(Violation.of(row("advice", i), "plan.ehc.advice.dateRequired"));
            }
        }
    }

    private static void provisions(List<Violation> violations, String list, List<PlanContent.Provision> provisions,
                                   Set<String> keys) {
        for (int i = 0; i < provisions.size(); i++) {
            PlanContent.Provision p = provisions.get(i);
            String field = row(list, i);
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
    }

    /**
     * What an EHC plan needs before it is issued, beyond any plan's: provision in every section
     * (F, G, H1, H2) quantified — some hours a week — as the Code asks provision to be specific
     * and quantified.
     */
    public static List<Violation> readyToIssueEhcp(PlanContent c) {
        List<Violation> violations = new ArrayList<>(readyToAgree(c));
        quantified(violations, "provisions", c.provisions());
        quantified(violations, "healthProvision", c.ehc().healthProvision());
        quantified(violations, "socialCareSection2", c.ehc().socialCareSection2());
        quantified(violations, "otherSocialCare", c.ehc().otherSocialCare());
        return violations;
    }

    /**
     * The sections of an EHC plan still empty that a final plan normally fills — A's
     * aspirations, I's placement, K's advice — as i18n keys of the sections, for the caseworker
     * to see before issuing. Not a bar to issuing: a section may rightly say there is nothing.
     */
    public static List<String> ehcGaps(PlanContent c) {
        List<String> gaps = new ArrayList<>();
        if (c.whatMatters().isEmpty() && c.ehc().aspirations().isEmpty()) {
            gaps.add("plan.ehc.section.A");
        }
        if (c.needs().isEmpty()) {
            gaps.add("plan.ehc.section.B");
        }
        if (c.ehc().placement() == null) {
            gaps.add("plan.ehc.section.I");
        }
        if (c.agencies().isEmpty() && c.ehc().advice().isEmpty()) {
            gaps.add("plan.ehc.section.K");
        }
        return gaps;
    }

    private static void quantified(List<Violation> violations, String list, List<PlanContent.Provision> provisions) {
        for (int i = 0; i < provisions.size(); i++) {
            if (provisions.get(i).hoursPerWeek().signum() <= 0) {
                violations.add(Violation.of(row(list, i), "plan.ehc.provision.unquantified"));
            }
        }
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
