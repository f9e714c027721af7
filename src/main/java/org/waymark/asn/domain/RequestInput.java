package org.waymark.asn.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Violation;

/**
 * Whether the school's answers can be stored at all: a SIF stage that exists, hours a week that
 * fit in a week, texts of a readable length. Input that breaks these is refused with a message
 * on its field and nothing is saved; whether the request meets the criteria is
 * {@link HoursEligibility}'s question, asked of stored and unsaved answers alike.
 */
public final class RequestInput {

    /** No school week is longer; anything more is a typing slip. */
    public static final BigDecimal MOST_HOURS_IN_A_WEEK = new BigDecimal("40");
    public static final int MAX_TEXT = 4000;
    public static final int MAX_REASON = 2000;

    private RequestInput() {
    }

    public static List<Violation> validate(RequestAnswers a) {
        List<Violation> problems = new ArrayList<>();
        Integer stage = a.getSifStage();
        if (stage != null && (stage < 1 || stage > 3)) {
            problems.add(Violation.of("sifStage", "asn.input.sifStage"));
        }
        BigDecimal asked = a.getHoursAsked();
        if (asked != null && (asked.signum() <= 0 || !hours(asked))) {
            problems.add(Violation.of("hoursAsked", "asn.input.hoursAsked", MOST_HOURS_IN_A_WEEK));
        }
        hoursOrNone(problems, "specialistHours", a.getSpecialistHours());
        hoursOrNone(problems, "independentHours", a.getIndependentHours());
        length(problems, "needs", a.getNeeds(), MAX_TEXT);
        length(problems, "differentiation", a.getDifferentiation(), MAX_TEXT);
        length(problems, "independence", a.getIndependence(), MAX_TEXT);
        length(problems, "equipment", a.getEquipment(), MAX_TEXT);
        length(problems, "exceptionalReason", a.getExceptionalReason(), MAX_REASON);
        length(problems, "namedPersonNote", a.getNamedPersonNote(), MAX_REASON);
        return problems;
    }

    /** Hours a week an officer decides: more than none, at most the maximum, in hundredths at most. */
    public static List<Violation> decidedHours(@Nullable BigDecimal hours, String reasons) {
        List<Violation> problems = new ArrayList<>();
        if (hours == null || hours.signum() <= 0 || hours.compareTo(HoursEligibility.MAXIMUM_HOURS) > 0
                || !hours(hours)) {
            problems.add(Violation.of("decidedHours", "asn.input.decidedHours", HoursEligibility.MAXIMUM_HOURS));
        }
        reasons(problems, reasons);
        return problems;
    }

    /** A decision or a withdrawal says why, in a readable length. */
    public static List<Violation> reasons(String reasons) {
        List<Violation> problems = new ArrayList<>();
        reasons(problems, reasons);
        return problems;
    }

    private static void reasons(List<Violation> problems, String reasons) {
        if (reasons.isBlank()) {
            problems.add(Violation.of("reasons", "asn.input.reasons"));
        } else {
            length(problems, "reasons", reasons, MAX_TEXT);
        }
    }

    private static void hoursOrNone(List<Violation> problems, String field, @Nullable BigDecimal value) {
        if (value != null && (value.signum() < 0 || !hours(value))) {
            problems.add(Violation.of(field, "asn.input.hours", MOST_HOURS_IN_A_WEEK));
        }
    }

    private static boolean hours(BigDecimal value) {
        return value.compareTo(MOST_HOURS_IN_A_WEEK) <= 0 && value.stripTrailingZeros().scale() <= 2;
    }

    private static void length(List<Violation> problems, String field, String text, int max) {
        if (text.length() > max) {
            problems.add(Violation.of(field, "asn.input.tooLong", max));
        }
    }
}
