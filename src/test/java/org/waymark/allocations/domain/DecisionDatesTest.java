package org.waymark.allocations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.ValidationException;
import org.waymark.organisation.domain.CalendarFixtures;
import org.waymark.pupils.domain.YearGroup;

class DecisionDatesTest {

    @ParameterizedTest(name = "{0} decided {1}, starting {2} (chosen end {4}): funded to {5}")
    @CsvSource(nullValues = "-", value = {
            "ACADEMIC_YEAR, 2026-11-27, 2027-01-04, Y3, -,          2027-07-21",
            "KEY_STAGE,     2026-11-27, 2027-01-04, Y6, -,          2027-07-21",
            "KEY_STAGE,     2026-11-27, 2027-01-04, Y5, -,          2028-08-31",
            // a chosen end on the first day counts
            "CUSTOM,        2026-11-27, 2027-01-04, Y3, 2027-01-04, 2027-01-04",
            "CUSTOM,        2026-11-27, 2027-01-04, Y3, 2027-05-31, 2027-05-31",
    })
    void a_period_ends_where_the_rules_say(AllocationPeriod period, LocalDate decidedOn, LocalDate start,
                                          YearGroup yearGroup, @Nullable LocalDate chosenEnd, LocalDate end) {
        assertThat(DecisionDates.end(period, CalendarFixtures.england(), decidedOn, start, yearGroup, chosenEnd))
                .isEqualTo(end);
    }

    @ParameterizedTest(name = "{0} from {1} with chosen end {2}: refused with {3}")
    @CsvSource(nullValues = "-", value = {
            // a panel's chosen end inside the current term, before the funding could start next term:
            // today an IllegalArgumentException that failed the whole decision
            "CUSTOM, 2027-01-04, 2026-12-31, allocation.period.endBeforeStart",
            "CUSTOM, 2027-01-04, -,          allocation.period.endRequired",
    })
    void a_period_that_would_end_before_it_starts_is_refused_with_a_message(AllocationPeriod period,
                                                                          LocalDate start,
                                                                          @Nullable LocalDate chosenEnd,
                                                                          String messageKey) {
        assertThatThrownBy(() -> DecisionDates.end(period, CalendarFixtures.england(), LocalDate.parse("2026-11-27"),
                start, YearGroup.Y3, chosenEnd))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.messageKey()).containsExactly(messageKey));
    }
}
