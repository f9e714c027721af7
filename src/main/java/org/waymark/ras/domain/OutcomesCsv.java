package org.waymark.ras.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.waymark.base.domain.SafeCsv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The outcome framework's file format (docs/ras-outcomes-format.md): UTF-8 CSV with the header
 * {@code kind,code,name,weight,level,description}; an {@code outcome} line names an outcome and
 * its weight, {@code level} lines give its scale from 0 up. Reading checks the whole file and
 * reports every problem with its line number; a file with any problem yields nothing.
 */
public final class OutcomesCsv {

    public static final List<String> HEADER = List.of("kind", "code", "name", "weight", "level", "description");
    static final int MAX_TEXT = 500;
    static final int MAX_WEIGHT = 20;
    static final int MIN_LEVELS = 2;
    static final int MAX_LEVELS = 10;

    private OutcomesCsv() {
    }

    /** A problem on a line of the file (line 1 is the header); {@code key} is an i18n key. */
    public record Problem(long line, String key, List<Object> arguments) {
        static Problem of(long line, String key, Object... arguments) {
            return new Problem(line, key, List.of(arguments));
        }
    }

    /** The outcomes when the file is valid, else every problem found. */
    public record Result(Optional<RasOutcomes> outcomes, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Result read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Result(Optional.empty(), List.of(Problem.of(0, "ras.csv.notUtf8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return read(text);
    }

    public static Result read(String text) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(new StringReader(text))) {
            boolean header = true;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    List<String> names = row.toList().stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
                    if (!names.equals(HEADER)) {
                        problems.add(Problem.of(line, "ras.csv.header", String.join(",", HEADER)));
                        break;
                    }
                    continue;
                }
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() != HEADER.size()) {
                    problems.add(Problem.of(line, "ras.csv.columns", HEADER.size(), row.size()));
                    continue;
                }
                readRow(row, line, drafts, problems);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.of(0, "ras.csv.unreadable"));
        }
        if (problems.isEmpty()) {
            if (drafts.size() != RasOutcomes.OUTCOMES) {
                problems.add(Problem.of(0, "ras.csv.outcomeCount", RasOutcomes.OUTCOMES, drafts.size()));
            }
            for (Draft d : drafts.values()) {
                if (d.levels.size() < MIN_LEVELS) {
                    problems.add(Problem.of(d.line, "ras.csv.tooFewLevels", d.code, MIN_LEVELS));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new RasOutcomes(drafts.values().stream()
                .map(d -> new RasOutcomes.Outcome(d.code, d.name, d.weight, List.copyOf(d.levels))).toList())),
                List.of());
    }

    private static void readRow(CSVRecord row, long line, Map<String, Draft> drafts, List<Problem> problems) {
        String kind = row.get(0).toLowerCase(java.util.Locale.ROOT);
        String code = row.get(1);
        if (!code.matches("[A-Z0-9_]{1,20}")) {
            problems.add(Problem.of(line, "ras.csv.code", code));
            return;
        }
        switch (kind) {
            case "outcome" -> {
                String name = SafeCsv.unescape(row.get(2));
                if (name.isBlank() || name.length() > MAX_TEXT) {
                    problems.add(Problem.of(line, "ras.csv.name", MAX_TEXT));
                    return;
                }
                Integer weight = number(row.get(3));
                if (weight == null || weight < 1 || weight > MAX_WEIGHT) {
                    problems.add(Problem.of(line, "ras.csv.weight", MAX_WEIGHT));
                    return;
                }
                if (drafts.containsKey(code)) {
                    problems.add(Problem.of(line, "ras.csv.duplicate", code));
                    return;
                }
                drafts.put(code, new Draft(code, name, weight, line));
            }
            case "level" -> {
                Draft outcome = drafts.get(code);
                if (outcome == null) {
                    problems.add(Problem.of(line, "ras.csv.levelBeforeOutcome", code));
                    return;
                }
                Integer level = number(row.get(4));
                if (level == null || level != outcome.levels.size()) {
                    problems.add(Problem.of(line, "ras.csv.levelOrder", code, outcome.levels.size()));
                    return;
                }
                if (level >= MAX_LEVELS) {
                    problems.add(Problem.of(line, "ras.csv.tooManyLevels", code, MAX_LEVELS));
                    return;
                }
                String description = SafeCsv.unescape(row.get(5));
                if (description.isBlank() || description.length() > MAX_TEXT) {
                    problems.add(Problem.of(line, "ras.csv.description", MAX_TEXT));
                    return;
                }
                outcome.levels.add(description);
            }
            default -> problems.add(Problem.of(line, "ras.csv.kind", kind));
        }
    }

    private static @org.jspecify.annotations.Nullable Integer number(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The outcomes as a file that reads back to the same outcomes. */
    public static String write(RasOutcomes outcomes) {
        StringWriter out = new StringWriter();
        try (SafeCsv.Printer printer = SafeCsv.printer(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(HEADER);
            for (RasOutcomes.Outcome o : outcomes.outcomes()) {
                printer.printRecord("outcome", o.code(), o.name(), o.weight(), "", "");
                for (int i = 0; i < o.levels().size(); i++) {
                    printer.printRecord("level", o.code(), "", "", i, o.levels().get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static final class Draft {
        final String code;
        final String name;
        final int weight;
        final long line;
        final List<String> levels = new ArrayList<>();

        Draft(String code, String name, int weight, long line) {
            this.code = code;
            this.name = name;
            this.weight = weight;
            this.line = line;
        }
    }
}
