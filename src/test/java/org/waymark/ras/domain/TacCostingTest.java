package org.waymark.ras.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The TAC meeting's costing and the route it gives (seed 004): within the indicative resource and
 * less than the sign-off limit (£10,363 in the seed) the lead SEND co-ordinator signs off; over
 * either, the SEND resource panel.
 */
class TacCostingTest {

    static final BigDecimal LIMIT = new BigDecimal("10363.00");

    @Test
    void a_line_costs_rate_times_hours_times_weeks_to_the_penny() {
        RasProvision ta = new RasProvision("TA", "Teaching assistant", new BigDecimal("15.71"), new BigDecimal("15"), 39);
        RasProvision mds = new RasProvision("MDS", "Midday supervisor", new BigDecimal("12.00"), new BigDecimal("2.5"),
                39);
        assertThat(ta.cost()).isEqualByComparingTo("9190.35");
        assertThat(mds.cost()).isEqualByComparingTo("1170.00");
        // 15 hours of a teaching assistant and 2.5 of a midday supervisor: just under the seed's limit
        assertThat(TacCosting.total(List.of(ta, mds))).isEqualByComparingTo("10360.35");
        assertThat(TacCosting.total(List.of())).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "costs £{0} against £{1}: {2}")
    @CsvSource({
            // within the indicative resource and below the limit
            "8000.00,   9000.00,  LEAD_SIGN_OFF",
            "9000.00,   9000.00,  LEAD_SIGN_OFF",
            "10362.99, 12000.00,  LEAD_SIGN_OFF",
            // at or over the limit, though within the indicative resource
            "10363.00, 12000.00,  PANEL",
            "11000.00, 12000.00,  PANEL",
            // over the indicative resource, though below the limit
            "9000.01,   9000.00,  PANEL",
            "5000.00,   4000.00,  PANEL"})
    void the_route_follows_the_indicative_resource_and_the_limit(BigDecimal total, BigDecimal indicative,
                                                                 RasRoute route) {
        assertThat(TacCosting.route(total, indicative, LIMIT)).isEqualTo(route);
    }
}
