package org.waymark.ras.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The converter on a fixed data set with results worked out by hand (Commons Math's default
 * percentile: position p(n+1)/100, interpolated): band medians and quartiles, a band whose median
 * falls below the band under it carried up, an empty band carried, and the same fit whatever the
 * order of the cases.
 */
class ConverterTest {

    static final List<Converter.Past> FIXED = List.of(
            past("A", 2, 1000), past("B", 5, 1400), past("C", 8, 1200),
            past("D", 12, 3000), past("E", 15, 2000), past("F", 18, 2600), past("G", 19, 2400),
            past("H", 25, 2200));

    static Converter.Past past(String ref, int points, int pounds) {
        return new Converter.Past(ref, points, BigDecimal.valueOf(pounds));
    }

    static BigDecimal gbp(int pounds) {
        return BigDecimal.valueOf(pounds).setScale(2);
    }

    @Test
    void bands_take_their_cases_median_and_quartiles() {
        Converter.Fit fit = Converter.fit(FIXED, 10, 39);
        assertThat(fit.bands()).containsExactly(
                new Converter.Band(0, 9, gbp(1200), gbp(1200), gbp(1000), gbp(1400), 3),
                new Converter.Band(10, 19, gbp(2500), gbp(2500), gbp(2100), gbp(2900), 4),
                // its own median (2,200) is below the band under it: more points never convert to less
                new Converter.Band(20, 29, gbp(2500), gbp(2200), gbp(2200), gbp(2200), 1),
                // no past cases: carried from below
                new Converter.Band(30, 39, gbp(2500), gbp(2500), gbp(2500), gbp(2500), 0));
        assertThat(fit.casesUsed()).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0} points convert to £{1}")
    @CsvSource({"0, 1200", "9, 1200", "10, 2500", "27, 2500", "39, 2500", "60, 2500"})
    void points_convert_by_their_band(int points, int pounds) {
        assertThat(Converter.fit(FIXED, 10, 39).indicative(points)).isEqualTo(gbp(pounds));
    }

    @Test
    void the_fit_is_the_same_whatever_the_order_of_the_cases_and_survives_storage() {
        List<Converter.Past> shuffled = new ArrayList<>(FIXED);
        Collections.shuffle(shuffled, new Random(7));
        Converter.Fit fit = Converter.fit(FIXED, 10, 39);
        assertThat(Converter.fit(shuffled, 10, 39)).isEqualTo(fit);
        assertThat(Converter.read(10, 8, Converter.write(fit))).isEqualTo(fit);
    }

    @Test
    void the_fit_never_falls_as_points_rise_even_on_noisy_cases() {
        Random random = new Random(42);
        List<Converter.Past> noisy = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int points = random.nextInt(81);
            noisy.add(past("N" + i, points, (int) Math.max(100, 600 + points * 160 + random.nextGaussian() * 3000)));
        }
        Converter.Fit fit = Converter.fit(noisy, 5, 80);
        for (int p = 1; p <= 80; p++) {
            assertThat(fit.indicative(p)).as("%d points", p).isGreaterThanOrEqualTo(fit.indicative(p - 1));
        }
    }

    @Test
    void similar_cases_are_the_nearest_in_points_and_their_spread_is_reported() {
        List<Converter.Past> similar = Converter.similar(FIXED, 16);
        assertThat(similar.subList(0, 4)).extracting(Converter.Past::reference).containsExactly("E", "F", "G", "D");
        Converter.Spread spread = Converter.spread(FIXED.subList(3, 7));
        assertThat(spread).isEqualTo(new Converter.Spread(gbp(2000), gbp(2100), gbp(2500), gbp(2900), gbp(3000)));
    }

    @Test
    void cases_outside_the_scale_are_left_out_and_a_band_has_a_width() {
        Converter.Fit fit = Converter.fit(List.of(past("X", 90, 9000), past("Y", 3, 500)), 10, 39);
        assertThat(fit.casesUsed()).isEqualTo(1);
        assertThat(fit.indicative(35)).isEqualTo(gbp(500));
        assertThatThrownBy(() -> Converter.fit(FIXED, 0, 39)).isInstanceOf(IllegalArgumentException.class);
    }
}
