package org.waymark.allocations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AfnReturnTest {

    @ParameterizedTest(name = "£{0} from {1} to {2}, stopped after {3}: £{4} back")
    @CsvSource({
            // 199 days from 4 January to 21 July; stopped 11 April, 101 days not run: 3650 x 101 / 199
            "3650, 2027-01-04, 2027-07-21, 2027-04-11, 1852.51",
            // HLN from the first day of the AFN: it never ran, all of it comes back
            "3000, 2027-01-04, 2027-07-21, 2027-01-03, 3000.00",
            // stopped on its last day, or after: nothing comes back
            "3000, 2027-01-04, 2027-07-21, 2027-07-21, 0.00",
            "3000, 2027-01-04, 2027-07-21, 2027-08-31, 0.00",
            // one day short of the end
            "1990, 2027-01-04, 2027-07-21, 2027-07-20, 10.00",
    })
    void the_family_gets_back_the_share_for_the_days_not_run(BigDecimal amount, LocalDate start, LocalDate end,
                                                            LocalDate lastDay, BigDecimal back) {
        assertThat(AfnReturn.share(amount, start, end, lastDay)).isEqualByComparingTo(back);
    }

    @ParameterizedTest
    @CsvSource({"2027-04-12, 2027-04-11", "2027-01-04, 2027-01-03"})
    void afn_runs_to_the_day_before_the_hln_starts(LocalDate hlnStart, LocalDate lastDay) {
        assertThat(AfnReturn.lastDayBefore(hlnStart)).isEqualTo(lastDay);
    }
}
