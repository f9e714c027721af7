package org.waymark.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a Gatling run measured, read back from its HTML report, so that a missed target says in the
 * build's own output by how much and on which requests (a CI log keeps only the end of the output,
 * after Gatling's own summary has scrolled away).
 */
final class GatlingReport {

    /** One row of the report's statistics table: a request, or "All Requests". */
    record Row(String name, long count, long failed, long p95, long p99, long max) {
        @Override
        public String toString() {
            return "%s: %d requests, %d failed, p95 %d ms, p99 %d ms, max %d ms".formatted(name, count, failed, p95,
                    p99, max);
        }
    }

    private final Document report;

    private GatlingReport(Document report) {
        this.report = report;
    }

    /** The newest run of the simulation under the results folder, if it left a report. */
    static Optional<GatlingReport> newest(Path resultsFolder, String simulation) {
        String prefix = simulation.toLowerCase() + "-";
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            return runs.filter(run -> run.getFileName().toString().startsWith(prefix))
                    .map(run -> run.resolve("index.html")).filter(Files::isRegularFile)
                    .max(Comparator.comparing(index -> index.getParent().getFileName().toString()))
                    .map(GatlingReport::read);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static GatlingReport read(Path index) {
        try {
            return new GatlingReport(Jsoup.parse(index.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of the statistics table, "All Requests" first. */
    List<Row> rows() {
        return report.select("#container_statistics_head tbody tr, #container_statistics_body tbody tr").stream()
                .map(GatlingReport::row).flatMap(Optional::stream).toList();
    }

    private static Optional<Row> row(Element tr) {
        List<String> cells = tr.select("td").eachText();
        // name, total, OK, KO, % KO, cnt/s, min, 50th, 75th, 95th, 99th, max, mean, std dev
        if (cells.size() < 14) {
            return Optional.empty();
        }
        try {
            Element name = tr.selectFirst(".ellipsed-name");
            return Optional.of(new Row(name == null ? cells.get(0) : name.text(), number(cells.get(1)), number(cells.get(3)), number(cells.get(9)),
                    number(cells.get(10)), number(cells.get(11))));
        } catch (NumberFormatException notARequestRow) {
            return Optional.empty();
        }
    }

    private static long number(String cell) {
        String digits = cell.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    /** The errors table: each error's text and count. */
    List<String> errors() {
        return report.select("#container_errors tbody tr").stream().map(tr -> String.join(" | ", tr.select("td")
                .eachText())).toList();
    }

    /** All requests, the slowest few by p99, and the errors: for a failed assertion's message. */
    String summary(int slowest) {
        List<Row> rows = rows();
        String all = rows.isEmpty() ? "(no statistics in the report)" : rows.getFirst().toString();
        String slow = rows.stream().skip(1).sorted(Comparator.comparingLong(Row::p99).reversed()).limit(slowest)
                .map(r -> "  " + r).collect(Collectors.joining("\n"));
        List<String> errors = errors();
        return all + "\nslowest by p99:\n" + slow + (errors.isEmpty() ? "" : "\nerrors:\n  " + String.join("\n  ",
                errors));
    }
}
