package org.waymark.panels.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.waymark.base.domain.Violation;

/**
 * The rules a panel's work is checked against (SPEC §6): the appeals panel needs at least a
 * senior officer, a head teacher and a SENCO, none of whom took part in the decision appealed;
 * an award names a level or an amount and a period; every decision gives its reasons.
 */
public final class PanelRules {

    public static final int REASONS_MAX = 4000;
    /** The family's note on an appeal. */
    public static final int NOTE_MAX = 2000;

    private PanelRules() {
    }

    /** What is missing from an appeals panel for it to decide. */
    public static List<Violation> appealComposition(Collection<MeetingSeat> seats) {
        EnumSet<SeatCapacity> present = EnumSet.noneOf(SeatCapacity.class);
        seats.forEach(s -> present.add(s.capacity()));
        List<Violation> missing = new ArrayList<>();
        for (SeatCapacity needed : List.of(SeatCapacity.SENIOR_OFFICER, SeatCapacity.HEAD_TEACHER, SeatCapacity.SENCO)) {
            if (!present.contains(needed)) {
                missing.add(Violation.of("seats", "panel.appeal.needs", "enum.SeatCapacity." + needed.name()));
            }
        }
        return missing;
    }

    /** Members who took part in the original decision: each one breaks the appeal's independence. */
    public static List<Violation> independence(Collection<MeetingSeat> seats, Set<Long> originalDeciders) {
        return seats.stream().filter(s -> originalDeciders.contains(s.userId()))
                .map(s -> Violation.of("seats", "panel.appeal.notIndependent", s.displayName())).toList();
    }

    public static List<Violation> decision(PanelCase.Decision d) {
        List<Violation> problems = new ArrayList<>();
        if (d.reasons().isBlank()) {
            problems.add(Violation.of("reasons", "panel.decide.reasons"));
        } else if (d.reasons().length() > REASONS_MAX) {
            problems.add(Violation.of("reasons", "panel.decide.reasonsLength", REASONS_MAX));
        }
        if (d.outcome() == PanelOutcome.AWARDED) {
            if (d.level() == null && (d.amount() == null || d.amount().signum() <= 0)) {
                problems.add(Violation.of("amount", "panel.decide.levelOrAmount"));
            }
            if (d.amount() != null && d.amount().compareTo(new BigDecimal("1000000")) >= 0) {
                problems.add(Violation.of("amount", "panel.decide.amountTooLarge"));
            }
            if (d.period() == null) {
                problems.add(Violation.of("period", "panel.decide.period"));
            } else if (d.period() == org.waymark.allocations.domain.AllocationPeriod.CUSTOM && d.periodEnd() == null) {
                problems.add(Violation.of("periodEnd", "panel.decide.periodEnd"));
            }
        }
        return problems;
    }
}
