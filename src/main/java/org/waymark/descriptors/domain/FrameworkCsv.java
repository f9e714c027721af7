package org.waymark.descriptors.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.waymark.base.domain.SafeCsv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.waymark.attachments.domain.AttachmentKind;

/**
 * The framework's file format (docs/descriptor-framework-format.md): UTF-8 CSV, one record per
 * line, the kind of record in the first column. Reading checks the whole file and reports every
 * problem by line and column; a file with any problem yields no content, so nothing changes.
 */
public final class FrameworkCsv {

    public static final List<String> HEADER = List.of("kind", "code", "name", "parent", "level", "text",
            "min_amount", "max_amount", "attachment", "flags");
    /** A descriptor's text in the file that marks "no descriptor at this level" for the theme. */
    public static final String NO_DESCRIPTOR = "-";
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_MESSAGE = 500;

    private FrameworkCsv() {
    }

    /** The outcome of reading a file: its content when it is valid, else every problem found. */
    public record Result(Optional<FrameworkContent> content, List<ImportProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Result read(byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        String text = decode(bytes, problems);
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        if (text.isBlank()) {
            return new Result(Optional.empty(), List.of(ImportProblem.at(1, "", "framework.import.empty")));
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new Result(Optional.empty(), List.of(ImportProblem.at(1, "", "framework.import.unreadable",
                    String.valueOf(e.getMessage()))));
        }
        if (!header(records.getFirst(), problems)) {
            return new Result(Optional.empty(), problems);
        }
        return new Reader(problems, text).read(records.subList(1, records.size()));
    }

    /**
     * The publish check: the problems a framework's content has, by the same checks as an import
     * (empty when it may be published).
     */
    public static List<ImportProblem> check(FrameworkContent content) {
        return read(write(content)).problems();
    }

    private static String decode(byte[] bytes, List<ImportProblem> problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        StringBuilder text = new StringBuilder();
        int line = 1;
        int lineStart = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
                try {
                    text.append(decoder.decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart)));
                } catch (CharacterCodingException e) {
                    problems.add(ImportProblem.at(line, "", "framework.import.encoding"));
                }
                if (i < bytes.length) {
                    text.append('\n');
                }
                line++;
                lineStart = i + 1;
            }
        }
        return text.toString();
    }

    private static boolean header(CSVRecord first, List<ImportProblem> problems) {
        List<String> found = new ArrayList<>();
        first.forEach(h -> found.add(h.strip().toLowerCase(Locale.ROOT)));
        for (String expected : HEADER) {
            if (!found.contains(expected)) {
                problems.add(ImportProblem.at(1, expected, "framework.import.missingColumn", expected));
            }
        }
        for (String name : found) {
            if (!HEADER.contains(name)) {
                problems.add(ImportProblem.at(1, name, "framework.import.unknownColumn", name));
            }
        }
        if (problems.isEmpty() && !found.equals(HEADER)) {
            problems.add(ImportProblem.at(1, "", "framework.import.columnOrder", String.join(",", HEADER)));
        }
        return problems.isEmpty();
    }

    /** Reads the records after the header, collecting problems as it goes. */
    private static final class Reader {
        private final List<ImportProblem> problems;
        private BigDecimal threshold = DescriptorFramework.DEFAULT_THRESHOLD;
        private int thresholdLine;
        private final Map<String, FrameworkArea> areas = new LinkedHashMap<>();
        private final Map<String, Integer> areaLines = new HashMap<>();
        private final Map<String, FrameworkTheme> themes = new LinkedHashMap<>();
        private final Map<String, Integer> themeLines = new HashMap<>();
        private final Map<String, Descriptor> descriptors = new LinkedHashMap<>();
        private final Map<String, Integer> descriptorLines = new HashMap<>();
        /** The theme/column cells marked "no descriptor at this level". */
        private final Set<String> markedNone = new java.util.HashSet<>();
        private final Map<String, FundingLevel> levels = new LinkedHashMap<>();
        private final List<EvidenceRule> evidence = new ArrayList<>();
        private final List<Integer> evidenceLines = new ArrayList<>();

        private final String text;

        Reader(List<ImportProblem> problems, String text) {
            this.problems = problems;
            this.text = text;
        }

        /** The file line a record starts on (a quoted value may span lines, and blank lines are skipped). */
        private int lineOf(CSVRecord r) {
            int line = 1;
            long position = r.getCharacterPosition();
            for (int i = 0; i < position && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        Result read(List<CSVRecord> records) {
            for (CSVRecord r : records) {
                int line = lineOf(r);
                if (r.size() != HEADER.size()) {
                    problems.add(ImportProblem.at(line, "", "framework.import.fieldCount", HEADER.size(), r.size()));
                    continue;
                }
                String kind = get(r, "kind").toUpperCase(Locale.ROOT);
                switch (kind) {
                    case "THRESHOLD" -> threshold(r, line);
                    case "AREA" -> area(r, line);
                    case "THEME" -> theme(r, line);
                    case "DESCRIPTOR" -> descriptor(r, line);
                    case "LEVEL" -> level(r, line);
                    case "EVIDENCE" -> evidence(r, line);
                    default -> problems.add(ImportProblem.at(line, "kind", "framework.import.unknownKind", kind));
                }
            }
            crossChecks();
            if (!problems.isEmpty()) {
                return new Result(Optional.empty(), List.copyOf(problems));
            }
            return new Result(Optional.of(new FrameworkContent(threshold, List.copyOf(areas.values()),
                    List.copyOf(themes.values()), List.copyOf(descriptors.values()), List.copyOf(levels.values()),
                    evidence)), List.of());
        }

        private void threshold(CSVRecord r, int line) {
            if (thresholdLine > 0) {
                problems.add(ImportProblem.at(line, "kind", "framework.import.duplicate", "THRESHOLD", thresholdLine));
                return;
            }
            thresholdLine = line;
            amount(r, line, "min_amount").ifPresent(a -> threshold = a);
        }

        private void area(CSVRecord r, int line) {
            String code = code(r, line);
            String name = name(r, line);
            List<String> columns = Arrays.stream(get(r, "level").split("\\s+")).filter(s -> !s.isBlank())
                    .map(s -> s.toUpperCase(Locale.ROOT)).toList();
            if (columns.isEmpty()) {
                problems.add(ImportProblem.at(line, "level", "framework.import.noColumns"));
            }
            for (String column : columns) {
                if (!LevelColumn.known(column)) {
                    problems.add(ImportProblem.at(line, "level", "framework.import.unknownLevel", column,
                            String.join(" ", LevelColumn.ORDER)));
                }
            }
            List<String> sorted = columns.stream().filter(LevelColumn::known)
                    .sorted((a, b) -> Integer.compare(LevelColumn.rank(a), LevelColumn.rank(b))).toList();
            if (sorted.size() == columns.size() && !sorted.equals(columns)) {
                problems.add(ImportProblem.at(line, "level", "framework.import.columnsOrder"));
            }
            if (code.isEmpty()) {
                return;
            }
            if (areas.containsKey(code)) {
                problems.add(ImportProblem.at(line, "code", "framework.import.duplicate", code, areaLines.get(code)));
                return;
            }
            boolean behaviour = get(r, "flags").toLowerCase(Locale.ROOT).contains("behaviour");
            areas.put(code, new FrameworkArea(code, name, String.join(" ", columns), behaviour));
            areaLines.put(code, line);
        }

        private void theme(CSVRecord r, int line) {
            String code = code(r, line);
            String name = name(r, line);
            String parent = required(r, line, "parent");
            if (code.isEmpty()) {
                return;
            }
            if (themes.containsKey(code)) {
                problems.add(ImportProblem.at(line, "code", "framework.import.duplicate", code, themeLines.get(code)));
                return;
            }
            themes.put(code, new FrameworkTheme(parent, code, name));
            themeLines.put(code, line);
        }

        private void descriptor(CSVRecord r, int line) {
            String theme = required(r, line, "parent");
            String level = required(r, line, "level").toUpperCase(Locale.ROOT);
            String text = get(r, "text");
            if (text.isEmpty()) {
                // an empty cell is a mistake until it is marked: "-" says there is no descriptor here
                problems.add(ImportProblem.at(line, "text", "framework.import.descriptorText", NO_DESCRIPTOR));
            }
            if (text.length() > MAX_TEXT) {
                problems.add(ImportProblem.at(line, "text", "framework.import.tooLong", MAX_TEXT));
            }
            if (!level.isEmpty() && !LevelColumn.known(level)) {
                problems.add(ImportProblem.at(line, "level", "framework.import.unknownLevel", level,
                        String.join(" ", LevelColumn.ORDER)));
                return;
            }
            String key = theme + "/" + level;
            if (descriptors.containsKey(key)) {
                problems.add(ImportProblem.at(line, "level", "framework.import.duplicate", key,
                        descriptorLines.get(key)));
                return;
            }
            if (text.equals(NO_DESCRIPTOR)) {
                descriptors.put(key, Descriptor.none(theme, level));
                markedNone.add(key);
            } else {
                descriptors.put(key, new Descriptor(theme, level, text));
            }
            descriptorLines.put(key, line);
        }

        private void level(CSVRecord r, int line) {
            String code = code(r, line);
            String name = name(r, line);
            String column = required(r, line, "level").toUpperCase(Locale.ROOT);
            if (!column.isEmpty() && (!LevelColumn.known(column) || column.equals("CORE"))) {
                problems.add(ImportProblem.at(line, "level", "framework.import.unknownLevel", column,
                        String.join(" ", LevelColumn.ORDER.subList(1, LevelColumn.ORDER.size()))));
            }
            Optional<BigDecimal> min = amount(r, line, "min_amount");
            Optional<BigDecimal> max = amount(r, line, "max_amount");
            if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
                problems.add(ImportProblem.at(line, "max_amount", "framework.import.band"));
            }
            if (!code.isEmpty() && levels.containsKey(code)) {
                problems.add(ImportProblem.at(line, "code", "framework.import.duplicate", code, "?"));
            } else if (!code.isEmpty() && min.isPresent() && max.isPresent()) {
                levels.put(code, new FundingLevel(code, name, column, min.get(), max.get()));
            }
        }

        private void evidence(CSVRecord r, int line) {
            String parent = get(r, "parent");
            String level = get(r, "level").toUpperCase(Locale.ROOT);
            String kind = required(r, line, "attachment").toUpperCase(Locale.ROOT);
            String message = required(r, line, "text");
            if (message.length() > MAX_MESSAGE) {
                problems.add(ImportProblem.at(line, "text", "framework.import.tooLong", MAX_MESSAGE));
            }
            if (!level.isEmpty() && !level.equals("HLN") && !LevelColumn.known(level)) {
                problems.add(ImportProblem.at(line, "level", "framework.import.unknownLevel", level,
                        String.join(" ", LevelColumn.ORDER) + " HLN"));
            }
            Set<String> kinds = Arrays.stream(AttachmentKind.values()).map(Enum::name).collect(Collectors.toSet());
            if (!kind.isEmpty() && !kinds.contains(kind)) {
                problems.add(ImportProblem.at(line, "attachment", "framework.import.unknownAttachment", kind,
                        String.join(" ", kinds.stream().sorted().toList())));
            }
            // the parent is an area or a theme code; which one is settled once the whole file is read
            evidence.add(new EvidenceRule(parent.isEmpty() ? null : parent, null, level.isEmpty() ? null : level,
                    kind, message));
            evidenceLines.add(line);
        }

        /** Checks that need the whole file: parents exist, every theme has a descriptor per column. */
        private void crossChecks() {
            if (areas.isEmpty() && problems.isEmpty()) {
                problems.add(ImportProblem.at(1, "kind", "framework.import.noAreas"));
            }
            themes.values().forEach(t -> {
                if (!areas.containsKey(t.areaCode())) {
                    problems.add(ImportProblem.at(themeLines.get(t.code()), "parent", "framework.import.unknownParent",
                            t.areaCode()));
                }
            });
            descriptors.values().forEach(d -> {
                int line = descriptorLines.get(d.themeCode() + "/" + d.levelCode());
                FrameworkTheme theme = themes.get(d.themeCode());
                if (theme == null) {
                    problems.add(ImportProblem.at(line, "parent", "framework.import.unknownParent", d.themeCode()));
                } else if (areas.containsKey(theme.areaCode())
                        && !areas.get(theme.areaCode()).columns().contains(d.levelCode())) {
                    problems.add(ImportProblem.at(line, "level", "framework.import.notAColumn", d.levelCode(),
                            theme.areaCode()));
                }
            });
            themes.values().forEach(t -> {
                FrameworkArea area = areas.get(t.areaCode());
                if (area == null) {
                    return;
                }
                List<String> missing = area.columns().stream()
                        .filter(c -> !descriptors.containsKey(t.code() + "/" + c)).toList();
                if (!missing.isEmpty()) {
                    problems.add(ImportProblem.at(themeLines.get(t.code()), "code", "framework.import.missingDescriptor",
                            t.code(), String.join(" ", missing), NO_DESCRIPTOR));
                } else if (!area.columns().isEmpty() && area.columns().stream()
                        .allMatch(c -> markedNone.contains(t.code() + "/" + c))) {
                    // a theme with nothing at any column could never be chosen in a bid
                    problems.add(ImportProblem.at(themeLines.get(t.code()), "code",
                            "framework.import.noDescriptorAtAll", t.code()));
                }
            });
            areas.values().forEach(a -> {
                if (themes.values().stream().noneMatch(t -> t.areaCode().equals(a.code()))) {
                    problems.add(ImportProblem.at(areaLines.get(a.code()), "code", "framework.import.noThemes", a.code()));
                }
            });
            for (int i = 0; i < evidence.size(); i++) {
                EvidenceRule rule = evidence.get(i);
                if (rule.areaCode() == null) {
                    continue;
                }
                if (themes.containsKey(rule.areaCode())) {
                    evidence.set(i, new EvidenceRule(null, rule.areaCode(), rule.levelCode(), rule.attachmentKind(),
                            rule.message()));
                } else if (!areas.containsKey(rule.areaCode())) {
                    problems.add(ImportProblem.at(evidenceLines.get(i), "parent", "framework.import.unknownParent",
                            rule.areaCode()));
                }
            }
        }

        private String code(CSVRecord r, int line) {
            String code = required(r, line, "code").toUpperCase(Locale.ROOT);
            if (!code.isEmpty() && !code.matches("[A-Z0-9_]{1,20}")) {
                problems.add(ImportProblem.at(line, "code", "framework.import.badCode", code));
                return "";
            }
            return code;
        }

        private String name(CSVRecord r, int line) {
            String name = required(r, line, "name");
            if (name.length() > MAX_NAME) {
                problems.add(ImportProblem.at(line, "name", "framework.import.tooLong", MAX_NAME));
            }
            return name;
        }

        private String required(CSVRecord r, int line, String column) {
            String value = get(r, column);
            if (value.isEmpty()) {
                problems.add(ImportProblem.at(line, column, "framework.import.required", column));
            }
            return column.equals("parent") ? value.toUpperCase(Locale.ROOT) : value;
        }

        private Optional<BigDecimal> amount(CSVRecord r, int line, String column) {
            String value = required(r, line, column).replace(",", "").replace("£", "");
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                BigDecimal amount = new BigDecimal(value);
                if (amount.signum() < 0 || amount.compareTo(new BigDecimal("1000000")) > 0) {
                    problems.add(ImportProblem.at(line, column, "framework.import.amount", value));
                    return Optional.empty();
                }
                return Optional.of(amount);
            } catch (NumberFormatException e) {
                problems.add(ImportProblem.at(line, column, "framework.import.amount", value));
                return Optional.empty();
            }
        }

        private static String get(CSVRecord r, String column) {
            return SafeCsv.unescape(r.get(HEADER.indexOf(column)).strip());
        }
    }

    /** Writes a framework's content in the same format, so an export imports unchanged. */
    public static byte[] write(FrameworkContent content) {
        StringWriter out = new StringWriter();
        try (SafeCsv.Printer printer = SafeCsv.printer(out, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            printer.printRecord("THRESHOLD", "", "", "", "", "", content.threshold().toPlainString(), "", "", "");
            for (FrameworkArea a : content.areas()) {
                printer.printRecord("AREA", a.code(), a.name(), "", a.levelColumns(), "", "", "", "",
                        a.behaviour() ? "behaviour" : "");
            }
            for (FrameworkTheme t : content.themes()) {
                printer.printRecord("THEME", t.code(), t.name(), t.areaCode(), "", "", "", "", "", "");
            }
            for (Descriptor d : content.descriptors()) {
                printer.printRecord("DESCRIPTOR", "", "", d.themeCode(), d.levelCode(),
                        d.isNone() ? NO_DESCRIPTOR : d.text(), "", "", "", "");
            }
            for (FundingLevel l : content.levels()) {
                printer.printRecord("LEVEL", l.code(), l.name(), "", l.columnCode(), "", l.minAmount().toPlainString(),
                        l.maxAmount().toPlainString(), "", "");
            }
            for (EvidenceRule e : content.evidence()) {
                String parent = e.themeCode() != null ? e.themeCode() : e.areaCode() == null ? "" : e.areaCode();
                printer.printRecord("EVIDENCE", "", "", parent, e.levelCode() == null ? "" : e.levelCode(), e.message(),
                        "", "", e.attachmentKind(), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
