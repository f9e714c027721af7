package org.waymark.asn.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.Violation;

/** Input that cannot be stored at all, each refused on its own field (the criteria are HoursEligibility's). */
class RequestInputTest {

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.messageKey()).toList();
    }

    @ParameterizedTest(name = "stage {0}, asked {1}, specialist {2}, independent {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "3, 15,    2,    1,    -",
            "-, -,     -,    -,    -",
            // 26 hours is a request the criteria refuse, not bad input: it is stored and explained
            "3, 26,    -,    -,    -",
            "4, 15,    -,    -,    sifStage asn.input.sifStage",
            "0, 15,    -,    -,    sifStage asn.input.sifStage",
            "3, 0,     -,    -,    hoursAsked asn.input.hoursAsked",
            "3, -2,    -,    -,    hoursAsked asn.input.hoursAsked",
            "3, 41,    -,    -,    hoursAsked asn.input.hoursAsked",
            "3, 12.125, -,   -,    hoursAsked asn.input.hoursAsked",
            "3, 12.50, 0,    -,    -",
            "3, 12,    -1,   -,    specialistHours asn.input.hours",
            "3, 12,    -,    40.5, independentHours asn.input.hours",
    })
    void figures_that_cannot_be_hours_of_a_week_are_refused_on_their_field(@Nullable Integer stage,
                                                                          @Nullable BigDecimal asked,
                                                                          @Nullable BigDecimal specialist,
                                                                          @Nullable BigDecimal independent,
                                                                          @Nullable String problem) {
        RequestAnswers a = new RequestAnswers();
        a.setSifStage(stage);
        a.setHoursAsked(asked);
        a.setSpecialistHours(specialist);
        a.setIndependentHours(independent);
        assertThat(fields(RequestInput.validate(a))).isEqualTo(problem == null ? List.of() : List.of(problem));
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({"needs, 4001", "differentiation, 4001", "independence, 4001", "equipment, 4001",
            "exceptionalReason, 2001", "namedPersonNote, 2001"})
    void overlong_texts_are_refused_on_their_field(String field, int length) {
        RequestAnswers a = new RequestAnswers();
        String text = "x".repeat(length);
        switch (field) {
            case "needs" -> a.setNeeds(text);
            case "differentiation" -> a.setDifferentiation(text);
            case "independence" -> a.setIndependence(text);
            case "equipment" -> a.setEquipment(text);
            case "exceptionalReason" -> a.setExceptionalReason(text);
            default -> a.setNamedPersonNote(text);
        }
        assertThat(fields(RequestInput.validate(a))).containsExactly(field + " asn.input.tooLong");
        String fits = "x".repeat(length - 1);
        a = new RequestAnswers();
        a.setNeeds(field.equals("needs") ? fits : "");
        assertThat(RequestInput.validate(a)).isEmpty();
    }

    @ParameterizedTest(name = "{0} hours because ''{1}'': {2}")
    @CsvSource(nullValues = "-", value = {
            "12,    Timetable supports 12 hours, -",
            "25,    Two adults for moving and handling, -",
            "25.5,  Too many, decidedHours asn.input.decidedHours",
            "0,     None, decidedHours asn.input.decidedHours",
            "-,     None, decidedHours asn.input.decidedHours",
            "10,    '  ', reasons asn.input.reasons",
    })
    void an_officers_decision_is_positive_hours_up_to_the_maximum_with_reasons(@Nullable BigDecimal hours,
                                                                               String reasons,
                                                                               @Nullable String problem) {
        assertThat(fields(RequestInput.decidedHours(hours, reasons)))
                .isEqualTo(problem == null ? List.of() : List.of(problem));
    }
}
