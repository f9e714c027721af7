package org.waymark.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.demo.service.ScaleData;
import org.waymark.ras.domain.Converter;
import org.waymark.ras.domain.RasPastCase;
import org.waymark.ras.domain.RasPastCaseRepository;

/**
 * The RAS case page's similar past cases at 20,000 past cases in one authority (issue 18 point 6),
 * on the benchmark database: before, every past case of the authority read and the ten nearest
 * picked in memory; now, ten at or above and ten below the points read in index order
 * ({@code ix_ras_past_case_nearest}) and the ten nearest picked from those twenty — the
 * {@code ConverterService.nearest} queries. Past cases as in {@code ConverterBenchmark}.
 */
class RasSimilarCasesBenchmark extends ServiceBenchmark {

    private static final String SIZE = "20,000 past cases";

    @Autowired RasPastCaseRepository past;

    @Test
    void similar_cases_for_one_case() {
        long laId = scaleData().generate(ScaleData.Plan.of("RSB", 1_000, 31));
        jdbc.update("DELETE FROM ras_past_case WHERE local_authority_id = ?", laId);
        Random random = new Random(2026);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int points = Math.min(80, (int) Math.round(Math.abs(random.nextGaussian()) * 22 + random.nextInt(10)));
            double amount = Math.max(250, 600 + points * 165 + random.nextGaussian() * 900);
            rows.add(new Object[] {laId, "P-%05d".formatted(i), points, BigDecimal.valueOf(Math.round(amount)),
                    java.sql.Date.valueOf("2025-06-01")});
        }
        jdbc.batchUpdate("INSERT INTO ras_past_case (local_authority_id, reference, points, amount, decided_on)"
                + " VALUES (?, ?, ?, ?, ?)", rows);
        Timings timings = new Timings();
        for (int points : new int[] {5, 37, 79}) {
            List<Converter.Past> before = Converter.similar(past.findByLocalAuthorityId(laId).stream()
                    .map(RasPastCase::past).toList(), points);
            List<Converter.Past> now = Converter.similar(nearest(laId, points), points);
            if (!before.equals(now)) {
                throw new AssertionError("the bounded query found other cases at " + points + " points");
            }
            timings.measure(SIZE, "before: all past cases read, ten nearest to " + points + " points", () ->
                    Converter.spread(Converter.similar(past.findByLocalAuthorityId(laId).stream()
                            .map(RasPastCase::past).toList(), points)));
            timings.measure(SIZE, "now: ten either side by the index, ten nearest to " + points + " points", () ->
                    Converter.spread(Converter.similar(nearest(laId, points), points)));
        }
        timings.write("ras-similar-cases.md", "# RAS similar cases at 20,000 past cases (" + BenchmarkDatabase.describe()
                + ")");
    }

    private List<Converter.Past> nearest(long laId, int points) {
        List<Converter.Past> near = new ArrayList<>();
        past.findFirst10ByLocalAuthorityIdAndPointsGreaterThanEqualOrderByPointsAscReferenceAsc(laId, points)
                .forEach(p -> near.add(p.past()));
        past.findFirst10ByLocalAuthorityIdAndPointsLessThanOrderByPointsDescReferenceAsc(laId, points)
                .forEach(p -> near.add(p.past()));
        return near;
    }
}
