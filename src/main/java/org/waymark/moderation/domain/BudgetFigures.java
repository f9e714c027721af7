package org.waymark.moderation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.waymark.base.domain.Violation;

/** A family's AFN and FNF budgets for a year and the contingency it keeps, in pounds. */
public record BudgetFigures(BigDecimal afn, BigDecimal fnf, BigDecimal contingency) {

    static final BigDecimal MAX = new BigDecimal("100000000");

    public BigDecimal total() {
        return afn.add(fnf);
    }

    /** Amounts are pounds from 0; the contingency is kept out of the budgets, so it cannot exceed them. */
    public List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        amount(violations, "afn", afn);
        amount(violations, "fnf", fnf);
        amount(violations, "contingency", contingency);
        if (violations.isEmpty() && contingency.compareTo(total()) > 0) {
            violations.add(Violation.of("contingency", "budget.contingency.tooLarge", total()));
        }
        return violations;
    }

    private static void amount(List<Violation> violations, String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            violations.add(Violation.of(field, "budget.amount"));
        }
    }
}
