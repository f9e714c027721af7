package org.waymark.moderation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.waymark.base.domain.Violation;

/**
 * Where a family's budget stands for a year: for AFN and FNF alike, the budget, what earlier
 * decisions allocated, what the decisions being made now commit, and what remains; and the
 * contingency the family keeps back. A proposed decision is checked against it and earns a
 * warning — never a silent block — when it would eat into the contingency or overspend.
 */
public record BudgetPosition(Stream afn, Stream fnf, BigDecimal contingency) {

    /** One budget stream: AFN or FNF. */
    public record Stream(BigDecimal budget, BigDecimal allocated, BigDecimal committed) {

        public BigDecimal remaining() {
            return budget.subtract(allocated).subtract(committed);
        }

        Stream commit(BigDecimal amount) {
            return new Stream(budget, allocated, committed.add(amount));
        }
    }

    /** Which budget a decision draws on. */
    public enum Kind { AFN, FNF }

    /** What is left once the contingency is kept back: AFN and FNF together. */
    public BigDecimal availableBeyondContingency() {
        return afn.remaining().add(fnf.remaining()).subtract(contingency);
    }

    /** The position after also committing {@code amount} to a stream. */
    public BudgetPosition with(Kind kind, BigDecimal amount) {
        return kind == Kind.AFN ? new BudgetPosition(afn.commit(amount), fnf, contingency)
                : new BudgetPosition(afn, fnf.commit(amount), contingency);
    }

    /** Warnings a decision of {@code amount} from {@code kind} would earn (empty when it fits). */
    public List<Violation> warningsFor(Kind kind, BigDecimal amount) {
        List<Violation> warnings = new ArrayList<>();
        BudgetPosition after = with(kind, amount);
        Stream stream = kind == Kind.AFN ? after.afn() : after.fnf();
        if (stream.remaining().signum() < 0) {
            warnings.add(Violation.of("amount", "budget.warning.overspend", kind.name(), stream.remaining().negate()));
        } else if (after.availableBeyondContingency().signum() < 0) {
            warnings.add(Violation.of("amount", "budget.warning.contingency",
                    after.availableBeyondContingency().negate(), contingency));
        }
        return warnings;
    }
}
