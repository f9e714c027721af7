package org.waymark.pupils.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UniquePupilNumberTest {

    @Test
    void check_letter_is_the_weighted_sum_modulo_23_worked_by_hand() {
        // 8*2 + 0*3 + 1*4 + 2*5 + 0*6 + 0*7 + 1*8 + 0*9 + 1*10 + 0*11 + 0*12 + 1*13 = 61; 61 mod 23 = 15 -> R
        assertThat(UniquePupilNumber.checkLetter("801200101001")).isEqualTo('R');
        assertThat(UniquePupilNumber.isValid("R801200101001")).isTrue();
    }

    @Test
    void a_temporary_upn_ending_in_a_letter_counts_the_letter_by_its_position() {
        // as above but the last character A (= 0) instead of 1 (*13): 61 - 13 = 48; 48 mod 23 = 2 -> C
        assertThat(UniquePupilNumber.checkLetter("80120010100A")).isEqualTo('C');
        assertThat(UniquePupilNumber.isValid("C80120010100A")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "T801200101001, pupil.upn.checkLetter",
            "S801200101001, pupil.upn.format",
            "R801200101002, pupil.upn.checkLetter",
            "R80120010100, pupil.upn.length",
            "R8012001010011, pupil.upn.length",
            "R80120X101001, pupil.upn.format",
            "I801200101001, pupil.upn.format",
            "R80120010100I, pupil.upn.format",
            "1801200101001, pupil.upn.format"})
    void refuses_broken_numbers_with_the_reason(String upn, String reason) {
        assertThat(UniquePupilNumber.problem(upn)).contains(reason);
    }

    @Test
    void spaces_and_lower_case_are_forgiven() {
        assertThat(UniquePupilNumber.normalise(" r801 2001 01001 ")).isEqualTo("R801200101001");
        assertThat(UniquePupilNumber.isValid("r801 2001 01001")).isTrue();
    }

    @Test
    void every_generated_number_validates() {
        for (int serial = 0; serial < 1000; serial += 7) {
            String rest = "9412001" + "24" + String.format("%03d", serial);
            assertThat(UniquePupilNumber.isValid(UniquePupilNumber.checkLetter(rest) + rest)).isTrue();
        }
    }

    @Test
    void check_letter_needs_twelve_characters() {
        assertThatThrownBy(() -> UniquePupilNumber.checkLetter("123")).isInstanceOf(IllegalArgumentException.class);
    }
}
