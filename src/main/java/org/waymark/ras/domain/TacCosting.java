package org.waymark.ras.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The TAC meeting's sums and the route a plan takes (seed 004): each line of provision costs its
 * hourly rate × hours a week × weeks, to the penny; the plan's total is compared with the
 * indicative resource. Within the indicative resource and less than the authority's sign-off
 * limit (the seed's £10,363 a year, the equivalent of 15 hours of a teaching assistant and 2.5
 * hours of a midday supervisor a week): the lead SEND co-ordinator signs off. Over either — or
 * when the TAC agrees more resources are required — the case co-ordinator takes it to the SEND
 * panel. A plan over its indicative resource must say what the TAC reconsidered.
 */
public final class TacCosting {

    private TacCosting() {
    }

    public static BigDecimal cost(RasProvision line) {
        return line.hourlyRate().multiply(line.hoursAWeek()).multiply(BigDecimal.valueOf(line.weeks()))
                .setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal total(List<RasProvision> lines) {
        return lines.stream().map(TacCosting::cost).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public static boolean overIndicative(BigDecimal total, BigDecimal indicative) {
        return total.compareTo(indicative) > 0;
    }

    /** The route of a plan costing {@code total} against its indicative resource and the authority's limit. */
    public static RasRoute route(BigDecimal total, BigDecimal indicative, BigDecimal signOffLimit) {
        boolean within = !overIndicative(total, indicative);
        boolean underLimit = total.compareTo(signOffLimit) < 0;
        return within && underLimit ? RasRoute.LEAD_SIGN_OFF : RasRoute.PANEL;
    }
}
