package org.waymark.benchmark;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.SignIn;
import org.waymark.demo.service.ScaleData;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.pupils.service.PupilService;

/**
 * The pupil grid at scale, through the real service (scope check, SQL, row mapping): the first
 * page and each filter or sort change, as an authority caseworker sees it, for each size in
 * {@code -Dbench.sizes} (default 1000,100000). Data is generated once per size by
 * {@link ScaleData} (seed 42) into the benchmark database and kept for later runs.
 */
class PupilGridBenchmark extends ServiceBenchmark {

    private static final int PAGE = 50;

    @Autowired PupilService pupils;

    @Test
    void pupil_grid() {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,100000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        Timings timings = new Timings();
        ScaleData data = scaleData();
        for (int size : sizes) {
            String code = "B" + size;
            long laId = data.generate(ScaleData.Plan.of(code, size, 42));
            long school = jdbc.queryForObject("SELECT MIN(id) FROM school WHERE local_authority_id = ?", Long.class,
                    laId);
            SignIn.as(accounts, "caseworker." + code.toLowerCase());
            String rows = String.format("%,d", size);
            timings.measure(rows, "first page (name order)", () -> pupils.search(PupilFilter.none(), PupilSort.NAME, 0, PAGE));
            timings.measure(rows, "page 20 (scrolled)", () -> pupils.search(PupilFilter.none(), PupilSort.NAME,
                    20 * PAGE, PAGE));
            timings.measure(rows, "name starts with \"pat\"", () -> pupils.search(new PupilFilter("pat", null, null, null),
                    PupilSort.NAME, 0, PAGE));
            timings.measure(rows, "UPN exact", () -> pupils.search(new PupilFilter(String.format("Z%012d", size / 2),
                    null, null, null), PupilSort.NAME, 0, PAGE));
            timings.measure(rows, "year group Y4", () -> pupils.search(new PupilFilter(null, YearGroup.Y4, null, null),
                    PupilSort.NAME, 0, PAGE));
            timings.measure(rows, "one school", () -> pupils.search(new PupilFilter(null, null, school, null),
                    PupilSort.NAME, 0, PAGE));
            timings.measure(rows, "area of need", () -> pupils.search(new PupilFilter(null, null, null,
                    AreaOfNeed.values()[0]), PupilSort.NAME, 0, PAGE));
            timings.measure(rows, "year group + area", () -> pupils.search(new PupilFilter(null, YearGroup.Y9, null,
                    AreaOfNeed.values()[1]), PupilSort.NAME, 0, PAGE));
            timings.measure(rows, "sorted by school", () -> pupils.search(PupilFilter.none(), PupilSort.SCHOOL, 0, PAGE));
            timings.measure(rows, "sorted by school, page 20", () -> pupils.search(PupilFilter.none(), PupilSort.SCHOOL,
                    20 * PAGE, PAGE));
            timings.measure(rows, "sorted by school, year group Y4", () -> pupils.search(new PupilFilter(null,
                    YearGroup.Y4, null, null), PupilSort.SCHOOL_DESC, 0, PAGE));
            timings.measure(rows, "sorted by year group", () -> pupils.search(PupilFilter.none(), PupilSort.YEAR_GROUP,
                    0, PAGE));
            SecurityContextHolder.clearContext();
        }
        timings.write("pupil-grid.md", "# Pupil grid (" + BenchmarkDatabase.describe() + ")");
    }
}
