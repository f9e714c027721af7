package org.waymark.asn.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Violation;

/**
 * Whether what the officers and the inclusion team enter on a mid-term request can be stored:
 * hours a week within the maximum, a review date ahead (and within a year), the day the hours run
 * from within the session, texts said and of a readable length. Refused on its field, nothing stored.
 */
public final class MidTermInput {

    /** A review is set within a year: the guidance reviews mid-term allocations with the Child's Plan. */
    public static final int REVIEW_WITHIN_MONTHS = 12;

    private MidTermInput() {
    }

    /** The lead officer's assessment: hours proposed, a review date ahead, the assessment in words. */
    public static List<Violation> assessment(@Nullable BigDecimal hours, @Nullable LocalDate reviewDate,
                                             String assessment, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        hours(problems, "assessedHours", hours);
        review(problems, "reviewDate", reviewDate, today, true);
        text(problems, "assessment", assessment, "asn.mta.input.assessment");
        return problems;
    }

    /** The second officer's view: a variation names its hours; a variation or other support says why. */
    public static List<Violation> jointView(@Nullable JointView view, @Nullable BigDecimal hours, String note) {
        List<Violation> problems = new ArrayList<>();
        if (view == null) {
            problems.add(Violation.of("jointView", "asn.mta.input.view"));
            return problems;
        }
        if (view == JointView.VARIATION) {
            hours(problems, "jointHours", hours);
        }
        if (view != JointView.AGREED) {
            text(problems, "jointNote", note, "asn.mta.input.jointNote");
        } else if (note.length() > RequestInput.MAX_TEXT) {
            problems.add(Violation.of("jointNote", "asn.input.tooLong", RequestInput.MAX_TEXT));
        }
        return problems;
    }

    /**
     * The inclusion team's approval: hours, the day they run from (not before the session began:
     * the school may have given the support since the child started), a review date ahead of
     * both, and the reasons.
     */
    public static List<Violation> approval(@Nullable BigDecimal hours, @Nullable LocalDate hoursFrom,
                                           @Nullable LocalDate reviewDate, String reasons, LocalDate sessionStart,
                                           LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        hours(problems, "approvedHours", hours);
        if (hoursFrom == null) {
            problems.add(Violation.of("hoursFrom", "asn.mta.input.hoursFrom", Dates.DAY_MONTH_YEAR.format(sessionStart)));
        } else if (hoursFrom.isBefore(sessionStart)) {
            problems.add(Violation.of("hoursFrom", "asn.mta.input.hoursFrom", Dates.DAY_MONTH_YEAR.format(sessionStart)));
        }
        review(problems, "reviewDate", reviewDate, hoursFrom != null && hoursFrom.isAfter(today) ? hoursFrom : today,
                true);
        text(problems, "reasons", reasons, "asn.input.reasons");
        return problems;
    }

    /** A review: the hours stay or drop (to none), a next review ahead when they go on, and the reasons. */
    public static List<Violation> review(@Nullable BigDecimal hours, BigDecimal held, @Nullable LocalDate nextReview,
                                         String reasons, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (hours == null || hours.signum() < 0 || hours.compareTo(held) > 0
                || hours.stripTrailingZeros().scale() > 2) {
            problems.add(Violation.of("reviewHours", "asn.mta.input.reviewHours", held.stripTrailingZeros()
                    .toPlainString()));
        }
        if (hours != null && hours.signum() > 0) {
            review(problems, "nextReview", nextReview, today, false);
        }
        text(problems, "reasons", reasons, "asn.input.reasons");
        return problems;
    }

    private static void hours(List<Violation> problems, String field, @Nullable BigDecimal hours) {
        if (hours == null || hours.signum() <= 0 || hours.compareTo(HoursEligibility.MAXIMUM_HOURS) > 0
                || hours.stripTrailingZeros().scale() > 2) {
            problems.add(Violation.of(field, "asn.input.decidedHours", HoursEligibility.MAXIMUM_HOURS));
        }
    }

    private static void review(List<Violation> problems, String field, @Nullable LocalDate date, LocalDate after,
                               boolean required) {
        if (date == null) {
            if (required) {
                problems.add(Violation.of(field, "asn.mta.input.reviewDate", REVIEW_WITHIN_MONTHS));
            }
        } else if (!date.isAfter(after) || date.isAfter(after.plusMonths(REVIEW_WITHIN_MONTHS))) {
            problems.add(Violation.of(field, "asn.mta.input.reviewDate", REVIEW_WITHIN_MONTHS));
        }
    }

    private static void text(List<Violation> problems, String field, String text, String missingKey) {
        if (text.isBlank()) {
            problems.add(Violation.of(field, missingKey));
        } else if (text.length() > RequestInput.MAX_TEXT) {
            problems.add(Violation.of(field, "asn.input.tooLong", RequestInput.MAX_TEXT));
        }
    }
}
