package org.waymark.asn.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Violation;
import org.waymark.pupils.domain.YearGroup;

/**
 * The authority's criteria for ASN assistant hours, one method per rule, each outcome one
 * sentence (an i18n key with its figures) on the field that puts it right. Refusals stop the
 * school submitting; warnings are the criteria that say "consider" (differentiation, independence,
 * equipment, support reducing with age) and the officer weighs them; notes explain what the rules
 * did (hours reduced by time without an assistant, a looked-after child deemed to have ASN).
 * <p>
 * Runs on stored and unsaved answers alike, so the form can show the outcome as the school types.
 */
public final class HoursEligibility {

    /** Only pupils at this stage of the staged intervention framework, unless there is a medical or care need. */
    public static final int STAGE = 3;
    /** The most hours a week ever granted, and only in exceptional circumstances. */
    public static final BigDecimal MAXIMUM_HOURS = new BigDecimal("25");
    /** The senior phase: a presumption of no assistant time unless taught in a learning centre. */
    static final Set<YearGroup> SENIOR_PHASE = EnumSet.of(YearGroup.S4, YearGroup.S5, YearGroup.S6);
    static final Set<YearGroup> SECONDARY = EnumSet.of(YearGroup.S1, YearGroup.S2, YearGroup.S3, YearGroup.S4,
            YearGroup.S5, YearGroup.S6);

    private HoursEligibility() {
    }

    /** How much an outcome weighs. */
    public enum Severity {
        /** The request cannot go to the officer like this. */
        REFUSAL,
        /** The guidance says "consider": the officer weighs it. */
        WARNING,
        /** What a rule did or found, for the reader's information. */
        NOTE
    }

    /** The rules, in the order the check reports them. */
    public enum Rule {
        STAGE, NEED_NOT_DIAGNOSIS, CATEGORY_EVIDENCE, EXCEPTIONAL_REASON, MID_TERM, CHILDS_PLAN, LOOKED_AFTER, TRANSITION,
        HOURS_ASKED, MAXIMUM, SENIOR_PHASE, TIME_WITHOUT_ASSISTANT, DOCUMENTS, DIFFERENTIATION, INDEPENDENCE,
        EQUIPMENT, REDUCING_WITH_AGE
    }

    /** One outcome of one rule: its weight and its sentence, on a field. */
    public record Finding(Rule rule, Severity severity, Violation message) {

        static Finding refusal(Rule rule, String field, String key, Object... args) {
            return new Finding(rule, Severity.REFUSAL, Violation.of(field, key, args));
        }

        static Finding warning(Rule rule, String field, String key, Object... args) {
            return new Finding(rule, Severity.WARNING, Violation.of(field, key, args));
        }

        static Finding note(Rule rule, String field, String key, Object... args) {
            return new Finding(rule, Severity.NOTE, Violation.of(field, key, args));
        }
    }

    /**
     * The outcome of the check.
     *
     * @param hoursConsidered the hours asked, less what time with a specialist teacher and time working
     *                        without adult support leave no room for; null while no hours are asked
     */
    public record Check(List<Finding> findings, @Nullable BigDecimal hoursConsidered) {

        public Check {
            findings = List.copyOf(findings);
        }

        public List<Violation> refusals() {
            return of(Severity.REFUSAL);
        }

        public List<Violation> warnings() {
            return of(Severity.WARNING);
        }

        public List<Violation> notes() {
            return of(Severity.NOTE);
        }

        public boolean mayBeSubmitted() {
            return refusals().isEmpty();
        }

        public List<Finding> onField(String field) {
            return findings.stream().filter(f -> f.message().field().equals(field)).toList();
        }

        private List<Violation> of(Severity severity) {
            return findings.stream().filter(f -> f.severity() == severity).map(Finding::message).toList();
        }
    }

    public static Check check(RequestAnswers a, RequestContext c, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(stage(a));
        findings.addAll(needNotDiagnosis(a, c));
        findings.addAll(categoryEvidence(a, c));
        findings.addAll(exceptionalReason(a));
        findings.addAll(midTerm(c));
        findings.addAll(childsPlan(c, today));
        findings.addAll(lookedAfter(a, c));
        findings.addAll(transition(a));
        findings.addAll(hoursAsked(a));
        findings.addAll(maximum(a));
        findings.addAll(seniorPhase(a, c));
        findings.addAll(timeWithoutAssistant(a, c));
        findings.addAll(documents(a, c));
        findings.addAll(differentiation(a));
        findings.addAll(independence(a));
        findings.addAll(equipment(a));
        findings.addAll(reducingWithAge(a, c));
        return new Check(findings, hoursConsidered(a, c));
    }

    /** Only stage 3 of the staged intervention framework, unless a medical or personal-care need is present. */
    static List<Finding> stage(RequestAnswers a) {
        Integer stage = a.getSifStage();
        if (stage == null) {
            return List.of(Finding.refusal(Rule.STAGE, "sifStage", "asn.rule.stageMissing"));
        }
        if (stage >= STAGE) {
            return List.of();
        }
        if (a.isMedicalNeed() || a.isPersonalCareNeed()) {
            return List.of(Finding.note(Rule.STAGE, "sifStage", "asn.rule.stageMedical", stage));
        }
        return List.of(Finding.refusal(Rule.STAGE, "sifStage", "asn.rule.stage", stage, STAGE));
    }

    /**
     * A Child's Plan or a diagnosis never entitles on its own: the request names the category of
     * need the hours are for and says how the need shows in school.
     */
    static List<Finding> needNotDiagnosis(RequestAnswers a, RequestContext c) {
        List<Finding> out = new ArrayList<>();
        if (a.getCategory() == null) {
            out.add(Finding.refusal(Rule.NEED_NOT_DIAGNOSIS, "category",
                    c.diagnosisRecorded() ? "asn.rule.diagnosisAlone" : "asn.rule.categoryMissing"));
        }
        if (a.getNeeds().isBlank()) {
            out.add(Finding.refusal(Rule.NEED_NOT_DIAGNOSIS, "needs", "asn.rule.needsMissing"));
        }
        return out;
    }

    /** The medical or sensory category rests on a medical need or a sensory impairment the record shows. */
    static List<Finding> categoryEvidence(RequestAnswers a, RequestContext c) {
        if (a.getCategory() == AsnCategory.MEDICAL_OR_SENSORY && !a.isMedicalNeed() && !c.sensoryImpairment()) {
            return List.of(Finding.refusal(Rule.CATEGORY_EVIDENCE, "category", "asn.rule.medicalUnrecorded"));
        }
        return List.of();
    }

    /** Exceptional circumstances are dealt with case by case, so the case is made in words. */
    static List<Finding> exceptionalReason(RequestAnswers a) {
        if (a.claimsExceptional() && a.getExceptionalReason().isBlank()) {
            return List.of(Finding.refusal(Rule.EXCEPTIONAL_REASON, "exceptionalReason", "asn.rule.exceptionalReason"));
        }
        return List.of();
    }

    /**
     * Mid-term allocations are for children starting in early years during the session, and go to
     * the early-years officer; one for any other pupil (arriving mid-session in a primary or
     * secondary school) is an exceptional circumstance. Either way it is not granted automatically.
     */
    static List<Finding> midTerm(RequestContext c) {
        return switch (c.midTerm()) {
            case NONE -> List.of();
            case EARLY_YEARS -> List.of(Finding.note(Rule.MID_TERM, "exceptional", "asn.rule.midTermEarlyYears"));
            case EXCEPTIONAL -> List.of(Finding.note(Rule.MID_TERM, "exceptional", "asn.rule.midTermExceptional"));
        };
    }

    /**
     * An up-to-date Child's Plan in force that details the assistant's role in meeting its
     * outcomes; a plan without that role cannot be used.
     */
    static List<Finding> childsPlan(RequestContext c, LocalDate today) {
        PlanFacts plan = c.plan();
        if (plan == null) {
            return List.of(Finding.refusal(Rule.CHILDS_PLAN, "plan", "asn.rule.noPlan"));
        }
        if (!plan.inForce()) {
            return List.of(Finding.refusal(Rule.CHILDS_PLAN, "plan", "asn.rule.planNotAgreed"));
        }
        if (!plan.statesAssistantRole()) {
            return List.of(Finding.refusal(Rule.CHILDS_PLAN, "plan", "asn.rule.noAssistantRole"));
        }
        LocalDate review = plan.nextReview();
        if (review != null && review.isBefore(today)) {
            return List.of(Finding.warning(Rule.CHILDS_PLAN, "plan", "asn.rule.planReviewDue",
                    Dates.DAY_MONTH_YEAR.format(review)));
        }
        return List.of();
    }

    /**
     * A looked-after child is deemed to have additional support needs unless the named person
     * decided the child can benefit from school education without additional support.
     */
    static List<Finding> lookedAfter(RequestAnswers a, RequestContext c) {
        if (!c.lookedAfter()) {
            return List.of();
        }
        if (a.isNamedPersonDecidedOtherwise()) {
            return List.of(Finding.refusal(Rule.LOOKED_AFTER, "namedPersonDecidedOtherwise",
                    "asn.rule.namedPersonDecided"));
        }
        return List.of(Finding.note(Rule.LOOKED_AFTER, "namedPersonDecidedOtherwise", "asn.rule.lookedAfter"));
    }

    /** No allocation is granted for a transition phase. */
    static List<Finding> transition(RequestAnswers a) {
        return a.isTransitionPhase()
                ? List.of(Finding.refusal(Rule.TRANSITION, "transitionPhase", "asn.rule.transition"))
                : List.of();
    }

    static List<Finding> hoursAsked(RequestAnswers a) {
        return a.getHoursAsked() == null
                ? List.of(Finding.refusal(Rule.HOURS_ASKED, "hoursAsked", "asn.rule.hoursMissing"))
                : List.of();
    }

    /** Never more than 25 hours a week, and the 25 only in exceptional circumstances. */
    static List<Finding> maximum(RequestAnswers a) {
        BigDecimal asked = a.getHoursAsked();
        if (asked == null) {
            return List.of();
        }
        int cmp = asked.compareTo(MAXIMUM_HOURS);
        if (cmp > 0) {
            return List.of(Finding.refusal(Rule.MAXIMUM, "hoursAsked", "asn.rule.overMaximum", asked, MAXIMUM_HOURS));
        }
        if (cmp == 0 && !a.claimsExceptional()) {
            return List.of(Finding.refusal(Rule.MAXIMUM, "hoursAsked", "asn.rule.maximumExceptional", MAXIMUM_HOURS));
        }
        return List.of();
    }

    /**
     * A presumption of no assistant time in the senior phase unless the pupil is taught in a
     * learning centre; only the highest needs (exceptional circumstances) rebut it, and then the
     * officer weighs it.
     */
    static List<Finding> seniorPhase(RequestAnswers a, RequestContext c) {
        if (!SENIOR_PHASE.contains(c.yearGroup()) || c.learningCentre()) {
            return List.of();
        }
        String year = "enum.YearGroup." + c.yearGroup().name();
        return a.claimsExceptional()
                ? List.of(Finding.warning(Rule.SENIOR_PHASE, "hoursAsked", "asn.rule.seniorPhaseExceptional", year))
                : List.of(Finding.refusal(Rule.SENIOR_PHASE, "hoursAsked", "asn.rule.seniorPhase", year));
    }

    /**
     * Time with a specialist teacher and time working without adult support need no assistant:
     * the hours considered are at most what is left of the school week.
     */
    static List<Finding> timeWithoutAssistant(RequestAnswers a, RequestContext c) {
        BigDecimal specialist = orZero(a.getSpecialistHours());
        BigDecimal independent = orZero(a.getIndependentHours());
        BigDecimal left = c.weekHours().subtract(specialist).subtract(independent);
        if (left.signum() <= 0) {
            return List.of(Finding.refusal(Rule.TIME_WITHOUT_ASSISTANT, "specialistHours", "asn.rule.noTimeLeft",
                    specialist, independent, c.weekHours()));
        }
        BigDecimal asked = a.getHoursAsked();
        if (asked != null && asked.compareTo(left) > 0) {
            return List.of(Finding.note(Rule.TIME_WITHOUT_ASSISTANT, "hoursAsked", "asn.rule.reduced", asked,
                    left.stripTrailingZeros(), specialist, independent, c.weekHours()));
        }
        return List.of();
    }

    /**
     * Persistent distress comes with the individual protocol and a risk assessment; social,
     * emotional or behavioural needs with a behaviour protocol and a risk assessment.
     */
    static List<Finding> documents(RequestAnswers a, RequestContext c) {
        List<Finding> out = new ArrayList<>();
        if (a.getCategory() == AsnCategory.PERSISTENT_DISTRESS) {
            for (AttachmentKind kind : List.of(AttachmentKind.INDIVIDUAL_PROTOCOL, AttachmentKind.RISK_ASSESSMENT)) {
                if (!c.attached().contains(kind)) {
                    out.add(Finding.refusal(Rule.DOCUMENTS, "attachments", "asn.rule.distressDocument", label(kind)));
                }
            }
        }
        if (c.socialEmotionalBehavioural()) {
            for (AttachmentKind kind : List.of(AttachmentKind.BEHAVIOUR_PROTOCOL, AttachmentKind.RISK_ASSESSMENT)) {
                boolean asked = out.stream().anyMatch(f -> f.message().arguments().contains(label(kind)));
                if (!c.attached().contains(kind) && !asked) {
                    out.add(Finding.refusal(Rule.DOCUMENTS, "attachments", "asn.rule.behaviourDocument", label(kind)));
                }
            }
        }
        return out;
    }

    /** No assistant where appropriate differentiation meets the need: the school says what it tried. */
    static List<Finding> differentiation(RequestAnswers a) {
        return a.getDifferentiation().isBlank()
                ? List.of(Finding.warning(Rule.DIFFERENTIATION, "differentiation", "asn.rule.differentiation"))
                : List.of();
    }

    /** Assistant support is considered alongside strategies that build independence and coping skills. */
    static List<Finding> independence(RequestAnswers a) {
        return a.getIndependence().isBlank()
                ? List.of(Finding.warning(Rule.INDEPENDENCE, "independence", "asn.rule.independence"))
                : List.of();
    }

    /** Whether specialist equipment could meet the need instead is considered. */
    static List<Finding> equipment(RequestAnswers a) {
        return a.getEquipment().isBlank()
                ? List.of(Finding.warning(Rule.EQUIPMENT, "equipment", "asn.rule.equipment"))
                : List.of();
    }

    /**
     * Apart from the highest needs, support is expected to reduce as the pupil gets older: asking
     * for as much as is held now, or for new hours in secondary school, is for the officer to weigh.
     */
    static List<Finding> reducingWithAge(RequestAnswers a, RequestContext c) {
        BigDecimal asked = a.getHoursAsked();
        if (asked == null || a.claimsExceptional() || c.yearGroup() == YearGroup.ELC) {
            return List.of();
        }
        BigDecimal held = c.hoursHeld();
        if (held != null && held.signum() > 0) {
            return asked.compareTo(held) >= 0
                    ? List.of(Finding.warning(Rule.REDUCING_WITH_AGE, "hoursAsked", "asn.rule.reduceWithAge", asked,
                    held))
                    : List.of();
        }
        return SECONDARY.contains(c.yearGroup())
                ? List.of(Finding.warning(Rule.REDUCING_WITH_AGE, "hoursAsked", "asn.rule.newInSecondary",
                "enum.YearGroup." + c.yearGroup().name()))
                : List.of();
    }

    /** The hours asked, capped at what the school week leaves once specialist and independent time are set aside. */
    static @Nullable BigDecimal hoursConsidered(RequestAnswers a, RequestContext c) {
        BigDecimal asked = a.getHoursAsked();
        if (asked == null) {
            return null;
        }
        BigDecimal left = c.weekHours().subtract(orZero(a.getSpecialistHours())).subtract(orZero(a.getIndependentHours()));
        BigDecimal considered = asked.min(left.max(BigDecimal.ZERO));
        return considered.stripTrailingZeros().scale() < 0 ? considered.setScale(0) : considered.stripTrailingZeros();
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String label(AttachmentKind kind) {
        return "enum.AttachmentKind." + kind.name();
    }
}
