package org.waymark.organisation.domain;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.apache.commons.csv.CSVRecord;
import org.waymark.base.domain.Violation;

/**
 * Term dates and bank holidays from CSV files (documented in docs/calendar-format.md):
 * {@code academic_year,term,start,end} (e.g. {@code 2027/28,AUTUMN,2027-09-02,2027-12-17}) and
 * {@code date,name}. The whole file is checked first; every problem is reported with its line
 * and column, and nothing is stored unless the whole file is good.
 */
public final class CalendarCsv {

    private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

    private CalendarCsv() {
    }

    /** What a file held, or why it cannot be used. */
    public record Parsed<T>(List<T> rows, List<Violation> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A bank holiday line. */
    public record Holiday(LocalDate date, String name) {
    }

    public static Parsed<Term> terms(byte[] bytes) {
        List<Violation> problems = new ArrayList<>();
        List<Term> terms = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<CSVRecord> records = read(bytes, List.of("academic_year", "term", "start", "end"), problems);
        Set<String> seen = new HashSet<>();
        for (CSVRecord r : records) {
            int line = (int) r.getRecordNumber();
            String year = r.get(0).strip();
            var m = ACADEMIC_YEAR.matcher(year);
            if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
                problems.add(Violation.of("academic_year", "calendar.import.year", line, year));
                continue;
            }
            TermName name;
            try {
                name = TermName.valueOf(r.get(1).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(Violation.of("term", "calendar.import.term", line, r.get(1)));
                continue;
            }
            @Nullable LocalDate start = date(r.get(2), line, "start", problems);
            @Nullable LocalDate end = date(r.get(3), line, "end", problems);
            if (start == null || end == null) {
                continue;
            }
            if (end.isBefore(start)) {
                problems.add(Violation.of("end", "calendar.import.endBeforeStart", line));
                continue;
            }
            if (!seen.add(year + name)) {
                problems.add(Violation.of("term", "calendar.import.duplicate", line, year + " " + name));
                continue;
            }
            terms.add(new Term(year, name, start, end));
            lines.add(line);
        }
        for (int i = 0; i < terms.size(); i++) {
            for (int j = i + 1; j < terms.size(); j++) {
                Term a = terms.get(i);
                Term b = terms.get(j);
                if (!a.endDate().isBefore(b.startDate()) && !b.endDate().isBefore(a.startDate())) {
                    problems.add(Violation.of("start", "calendar.import.overlap", lines.get(j), lines.get(i)));
                }
            }
        }
        return new Parsed<>(terms, byLine(problems));
    }

    public static Parsed<Holiday> holidays(byte[] bytes) {
        List<Violation> problems = new ArrayList<>();
        List<Holiday> holidays = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (CSVRecord r : read(bytes, List.of("date", "name"), problems)) {
            int line = (int) r.getRecordNumber();
            @Nullable LocalDate date = date(r.get(0), line, "date", problems);
            String name = r.get(1).strip();
            if (name.isEmpty() || name.length() > 100) {
                problems.add(Violation.of("name", "calendar.import.name", line));
                continue;
            }
            if (date == null) {
                continue;
            }
            if (!seen.add(date)) {
                problems.add(Violation.of("date", "calendar.import.duplicate", line, date));
                continue;
            }
            holidays.add(new Holiday(date, name));
        }
        return new Parsed<>(holidays, byLine(problems));
    }

    /** Problems in the order of the file's lines (those about the whole file first). */
    private static List<Violation> byLine(List<Violation> problems) {
        return problems.stream().sorted(java.util.Comparator.comparingInt(v -> v.arguments().isEmpty()
                || !(v.arguments().getFirst() instanceof Integer line) ? 0 : line)).toList();
    }

    private static List<CSVRecord> read(byte[] bytes, List<String> header, List<Violation> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Violation.of("file", "calendar.import.encoding"));
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(Violation.of("file", "calendar.import.empty"));
            return List.of();
        }
        List<CSVRecord> records;
        try {
            records = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))
                    .getRecords();
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(Violation.of("file", "calendar.import.unreadable"));
            return List.of();
        }
        List<String> first = records.getFirst().toList().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        if (!first.equals(header)) {
            problems.add(Violation.of("header", "calendar.import.header", 1, String.join(",", header)));
            return List.of();
        }
        List<CSVRecord> rows = new ArrayList<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            if (r.size() != header.size()) {
                problems.add(Violation.of("line", "calendar.import.fields", (int) r.getRecordNumber(),
                        header.size(), r.size()));
            } else {
                rows.add(r);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(Violation.of("file", "calendar.import.empty"));
        }
        return rows;
    }

    private static @Nullable LocalDate date(String text, int line, String column, List<Violation> problems) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(Violation.of(column, "calendar.import.date", line, column, text.strip()));
            return null;
        }
    }
}
