package org.waymark.allocations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.allocations.domain.EffectiveDates.Change;
import org.waymark.allocations.domain.EffectiveDates.Effect;
import org.waymark.base.domain.ValidationException;
import org.waymark.organisation.domain.CalendarFixtures;
import org.waymark.organisation.domain.SchoolCalendar;

class EffectiveDatesTest {

    @ParameterizedTest(name = "{0} decided {1}: {2} -> {3} is {4}, new from {5}, old to {6}")
    @CsvSource(nullValues = "-", value = {
            // new: from the start of the term after the decision
            "ENGLAND,  2026-11-27, -,     10987, NEW,             2027-01-04, -",
            // decided on the last day of the autumn term: the spring term is the term after
            "ENGLAND,  2026-12-18, -,     10987, NEW,             2027-01-04, -",
            // increased in the Christmas holiday: the larger amount from the first day of spring
            "ENGLAND,  2026-12-23, 10987, 15979, INCREASE,        2027-01-04, 2027-01-03",
            // increased on the last day of the spring term (before Easter): from the summer term
            "ENGLAND,  2027-03-25, 10987, 15979, INCREASE,        2027-04-12, 2027-04-11",
            // reduced in autumn: the old level to the end of spring (the term after), then the new
            "ENGLAND,  2026-11-27, 15979, 10987, REDUCTION,       2027-03-26, 2027-03-25",
            // reduced on Good Friday (Easter holiday): the term after is summer
            "ENGLAND,  2027-03-26, 15979, 10987, REDUCTION,       2027-07-22, 2027-07-21",
            "ENGLAND,  2026-12-18, 15979, -,     DISCONTINUATION, -,          2027-03-25",
            "ENGLAND,  2026-11-27, 10987, 10987, CONTINUATION,    -,          -",
            "ENGLAND,  2026-11-27, -,     -,     NONE,            -,          -",
            // Scotland's spring term starts later (7 Jan) and its summer term ends in June
            "SCOTLAND, 2026-12-18, -,     10987, NEW,             2027-01-07, -",
            "SCOTLAND, 2027-03-26, 15979, 10987, REDUCTION,       2027-07-01, 2027-06-30",
            "SCOTLAND, 2026-06-30, -,     10987, NEW,             2026-08-18, -",
    })
    void decisions_take_effect_by_the_term_rules(String nation, LocalDate decidedOn, @Nullable BigDecimal current,
                                                 @Nullable BigDecimal decided, Change change,
                                                 @Nullable LocalDate newStart, @Nullable LocalDate currentLastDay) {
        Effect effect = EffectiveDates.of(CalendarFixtures.of(nation), decidedOn, current, decided);
        assertThat(effect).isEqualTo(new Effect(change, newStart, currentLastDay));
    }

    @Test
    void without_the_next_terms_dates_the_rule_refuses_with_a_message_not_a_guess() {
        SchoolCalendar empty = new SchoolCalendar(List.of(), Set.of());
        assertThatThrownBy(() -> EffectiveDates.of(empty, LocalDate.parse("2026-11-27"), null, BigDecimal.TEN))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().getFirst().messageKey()).isEqualTo("calendar.noTermAfter"));
    }
}
