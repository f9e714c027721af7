package org.waymark.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times a path repeatedly and reports the median and the 95th percentile (nearest rank), after
 * warm-up runs; collects the rows of a markdown table written under target/benchmarks.
 */
public final class Timings {

    public static final int WARM_UP = 5;
    public static final int RUNS = 30;

    private final List<String> rows = new ArrayList<>();

    /** Milliseconds of each timed run. */
    public static double[] time(Runnable path) {
        return time(path, RUNS);
    }

    /** Milliseconds of each of {@code runs} timed runs, after the warm-up. */
    public static double[] time(Runnable path, int runs) {
        for (int i = 0; i < WARM_UP; i++) {
            path.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            path.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(ms);
        return ms;
    }

    public static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    public static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    }

    public void measure(String size, String path, Runnable run) {
        samples(size, path, time(run));
    }

    public void measure(String size, String path, Runnable run, int runs) {
        samples(size, path, time(run, runs));
    }

    /** A row of milliseconds measured one by one elsewhere (a page built per session, say): median, p95, max. */
    public void samples(String size, String path, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        String row = String.format("| %s | %s | %.1f | %.1f | %.1f |", size, path, median(sorted), p95(sorted),
                sorted[sorted.length - 1]);
        System.out.println(row);
        rows.add(row);
    }

    /** A row measured another way (a total over many runs, say). */
    public void row(String size, String path, String median, String p95, String max) {
        String row = "| " + size + " | " + path + " | " + median + " | " + p95 + " | " + max + " |";
        System.out.println(row);
        rows.add(row);
    }

    public void write(String name, String heading) {
        try {
            Path dir = Path.of("target", "benchmarks");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), heading + "\n\n| rows | path | median ms | p95 ms | max ms |\n"
                    + "|---|---|---|---|---|\n" + String.join("\n", rows) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
