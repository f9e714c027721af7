package org.waymark.ehc.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Violation;

/** The checks on what people enter in an assessment, each refusal tied to its field. */
public final class EhcRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_REASONS = 4000;
    public static final int MAX_DECISION = 2000;
    public static final int MAX_NOTES = 1000;

    private EhcRules() {
    }

    /** A text that must be given, within its limit. */
    public static void text(List<Violation> problems, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(Violation.of(field, "ehc.required"));
        } else if (value.length() > max) {
            problems.add(Violation.of(field, "ehc.tooLong", max));
        }
    }

    /** A text that may be empty, within its limit. */
    public static void optional(List<Violation> problems, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(Violation.of(field, "ehc.tooLong", max));
        }
    }

    /**
     * The day a step was done: given, not in the future, not before {@code earliest} (the step it
     * follows).
     */
    public static void day(List<Violation> problems, String field, @Nullable LocalDate day, LocalDate earliest,
                           LocalDate today) {
        if (day == null) {
            problems.add(Violation.of(field, "ehc.date.required"));
        } else if (day.isAfter(today)) {
            problems.add(Violation.of(field, "ehc.date.future"));
        } else if (day.isBefore(earliest)) {
            problems.add(Violation.of(field, "ehc.date.beforeStep", org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(earliest)));
        }
    }

    /**
     * An exception's period: it starts on or after the request and not after today; an end, when
     * given, on or after the start; the exceptions that need 4 weeks or more span at least 28 days
     * once ended.
     */
    public static List<Violation> pause(@Nullable ClockException reason, @Nullable String notes,
                                        @Nullable LocalDate from, @Nullable LocalDate to, LocalDate receivedOn,
                                        LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(Violation.of("reason", "ehc.required"));
        }
        text(problems, "notes", notes, MAX_NOTES);
        day(problems, "from", from, receivedOn, today);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add(Violation.of("to", "ehc.pause.endBeforeStart"));
            } else if (reason != null && reason.needsFourWeeks()
                    && ChronoUnit.DAYS.between(from, to) + 1 < EhcClock.FOUR_WEEKS) {
                problems.add(Violation.of("to", "ehc.pause.fourWeeks"));
            }
        }
        return problems;
    }
}
