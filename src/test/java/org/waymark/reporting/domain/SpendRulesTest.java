package org.waymark.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spend, forecast and what-if on a hand-worked caseload in the financial year 2026–27
 * (1 April 2026 to 31 March 2027, 365 days), today 30 September 2026 (183 days into the year).
 */
class SpendRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final LocalDate END = LocalDate.of(2027, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

    private static SpendRules.Line line(String amount, String start, String end) {
        return new SpendRules.Line(new BigDecimal(amount), LocalDate.parse(start), LocalDate.parse(end));
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @ParameterizedTest(name = "£{0} from {1} to {2}: spent {3}, forecast {4}")
    @CsvSource({
            // the whole year: half-ish spent (183 of 365 days), all of it forecast
            "3650, 2026-04-01, 2027-03-31, 1830.00, 3650.00",
            // starts in January, runs a calendar year: nothing spent yet, 90 of its 365 days in this year
            "1000, 2027-01-01, 2027-12-31, 0.00, 246.58",
            // ended in June: all spent, nothing more to come
            "730, 2026-04-01, 2026-06-30, 730.00, 730.00",
            // started last year: only its days from April count (91 of its 181 days)
            "1810, 2026-01-01, 2026-06-30, 910.00, 910.00",
            // never ran (ended before it started)
            "500, 2026-05-01, 2026-04-30, 0.00, 0.00",
            // outside the year altogether
            "900, 2027-04-01, 2027-06-30, 0.00, 0.00"
    })
    void a_line_costs_its_share_of_days_inside_the_year(String amount, String start, String end, String spent,
                                                         String forecast) {
        SpendRules.Position p = SpendRules.position(line(amount, start, end), START, END, TODAY);
        assertThat(money(p.spent())).isEqualTo(spent);
        assertThat(money(p.forecast())).isEqualTo(forecast);
    }

    @ParameterizedTest(name = "£{0} {1}–{2} re-priced at £{3} a year from {4}: {5}")
    @CsvSource({
            // 183 days at the old price (1830), 182 days at 7300 a year (3640)
            "3650, 2026-04-01, 2027-03-31, 7300, 2026-10-01, 5470.00",
            // nothing before October; 90 days in the year at 7300 a year
            "1000, 2027-01-01, 2027-12-31, 7300, 2026-10-01, 1800.00",
            // ended before the new amount starts: unchanged
            "730, 2026-04-01, 2026-06-30, 7300, 2026-10-01, 730.00",
            // from the year's first day: the whole year at the new price
            "3650, 2026-04-01, 2027-03-31, 1825, 2026-04-01, 1825.00",
            // an effective day before the year counts from the year's first day
            "3650, 2026-04-01, 2027-03-31, 1825, 2025-01-01, 1825.00"
    })
    void what_if_reprices_the_days_from_the_effective_date(String amount, String start, String end, String yearly,
                                                           String effective, String expected) {
        BigDecimal cost = SpendRules.repriced(line(amount, start, end), START, END, LocalDate.parse(effective),
                new BigDecimal(yearly));
        assertThat(money(cost)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "today {0}: spent {1}")
    @CsvSource({
            "2026-03-31, 0.00",      // before the year
            "2026-04-01, 10.00",     // its first day
            "2027-03-31, 3650.00",   // its last day
            "2027-06-01, 3650.00"    // after the year: the year is spent, no more
    })
    void spent_so_far_follows_today(String today, String spent) {
        SpendRules.Position p = SpendRules.position(line("3650", "2026-04-01", "2027-03-31"), START, END,
                LocalDate.parse(today));
        assertThat(money(p.spent())).isEqualTo(spent);
        assertThat(money(p.forecast())).isEqualTo("3650.00");
    }
}
