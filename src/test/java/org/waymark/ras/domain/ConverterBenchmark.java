package org.waymark.ras.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.waymark.benchmark.Timings;

/**
 * The RAS converter fitted from 20,000 past allocated cases (and 2,000 and 200,000, to show how it
 * grows), the similar cases found for one case, and a preview's worth of figures (1,000 open cases),
 * in memory: the service adds one query for the past cases.
 */
@Tag("benchmark")
class ConverterBenchmark {

    static List<Converter.Past> past(int count) {
        Random random = new Random(2026);
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
            int points = Math.min(80, (int) Math.round(Math.abs(random.nextGaussian()) * 22 + random.nextInt(10)));
            double amount = Math.max(250, 600 + points * 165 + random.nextGaussian() * 900);
            return new Converter.Past("P-" + i, points, BigDecimal.valueOf(Math.round(amount)));
        }).toList();
    }

    @Test
    void fit() throws Exception {
        Timings timings = new Timings();
        for (int count : new int[] {2_000, 20_000, 200_000}) {
            List<Converter.Past> cases = past(count);
            timings.measure(String.valueOf(count), "fit, bands of 10 points over 0-80", () ->
                    Converter.fit(cases, 10, 80));
            timings.measure(String.valueOf(count), "similar cases and spread for one case", () ->
                    Converter.spread(Converter.similar(cases, 37)));
            Converter.Fit fit = Converter.fit(cases, 10, 80);
            timings.measure(String.valueOf(count), "preview: 1,000 open cases under a new fit", () -> {
                for (int i = 0; i < 1000; i++) {
                    fit.indicative(i % 81);
                }
            });
        }
        timings.write("ras-converter.md", "# RAS converter fit, in memory (2,000, 20,000 and 200,000 past cases)");
    }
}
