package org.waymark.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.ScottishCandidateNumber;
import org.waymark.pupils.domain.UniquePupilNumber;
import org.waymark.pupils.domain.YearGroup;

/**
 * Reads a CSV of pupils (Scotland, and anywhere without a CTF) with Commons CSV, row by row. The
 * columns are named in the first row, in any order; see docs/ctf-import-format.md. Every problem is
 * reported with its line and column; a row with problems is refused, the others go on.
 */
public final class PupilCsvReader {

    public static final String SCN = "scottish_candidate_number";
    public static final String UPN = "upn";
    public static final String FIRST = "first_name";
    public static final String LAST = "last_name";
    public static final String PREFERRED = "preferred_name";
    public static final String DOB = "date_of_birth";
    public static final String STAGE = "stage";
    public static final String SCHOOL = "school";
    public static final String REASONS = "asn_reasons";
    public static final String LOOKED_AFTER = "looked_after_by";

    /** The columns every file must name. */
    public static final List<String> REQUIRED = List.of(SCN, FIRST, LAST, DOB, STAGE, SCHOOL, REASONS);
    /** The columns a file may add. */
    public static final List<String> OPTIONAL = List.of(UPN, PREFERRED, LOOKED_AFTER);

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private PupilCsvReader() {
    }

    /** File-level problems (the file is refused: not UTF-8, missing columns) and the number of rows read. */
    public record Result(List<Problem> fileProblems, int rows) {
        public boolean readable() {
            return fileProblems.isEmpty();
        }
    }

    public static Result read(InputStream in, Consumer<ImportedPupil> sink) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        List<Problem> fileProblems = new ArrayList<>();
        int rows = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(reader)) {
            Map<String, Integer> columns = null;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < row.size(); i++) {
                        String name = row.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                        columns.put(name, i);
                    }
                    for (String required : REQUIRED) {
                        if (!columns.containsKey(required)) {
                            fileProblems.add(Problem.of(line, required, "imports.csv.missingColumn", required));
                        }
                    }
                    if (!fileProblems.isEmpty()) {
                        return new Result(fileProblems, 0);
                    }
                    continue;
                }
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                sink.accept(pupil(row, line, columns));
                rows++;
            }
            if (columns == null) {
                fileProblems.add(Problem.of(1, "", "imports.csv.empty"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            fileProblems.add(Problem.of(0, "", "imports.csv.unreadable"));
        }
        return new Result(fileProblems, rows);
    }

    private static ImportedPupil pupil(CSVRecord row, long line, Map<String, Integer> columns) {
        List<Problem> problems = new ArrayList<>();
        String scn = value(row, columns, SCN);
        String upn = value(row, columns, UPN);
        if (scn != null) {
            scn = ScottishCandidateNumber.normalise(scn);
            final String number = scn;
            ScottishCandidateNumber.problem(number).ifPresent(k -> problems.add(Problem.of(line, SCN, k)));
        }
        if (upn != null) {
            upn = UniquePupilNumber.normalise(upn);
            final String number = upn;
            UniquePupilNumber.problem(number).ifPresent(k -> problems.add(Problem.of(line, UPN, k)));
        }
        if (scn == null && upn == null) {
            problems.add(Problem.of(line, SCN, "imports.csv.numberMissing"));
        }
        String first = value(row, columns, FIRST);
        String last = value(row, columns, LAST);
        if (first == null) {
            problems.add(Problem.of(line, FIRST, "imports.name.missing"));
        }
        if (last == null) {
            problems.add(Problem.of(line, LAST, "imports.name.missing"));
        }
        String dobText = value(row, columns, DOB);
        LocalDate dob = dobText == null ? null : date(dobText);
        if (dob == null) {
            problems.add(Problem.of(line, DOB, "imports.csv.dob", dobText == null ? "" : dobText));
        }
        String stageText = value(row, columns, STAGE);
        YearGroup stage = stageText == null ? null : stage(stageText);
        if (stage == null) {
            problems.add(Problem.of(line, STAGE, "imports.year.unknown", stageText == null ? "" : stageText));
        }
        String school = value(row, columns, SCHOOL);
        if (school == null) {
            problems.add(Problem.of(line, SCHOOL, "imports.csv.schoolMissing"));
        }
        LinkedHashSet<AreaOfNeed> areas = new LinkedHashSet<>();
        String reasons = value(row, columns, REASONS);
        if (reasons != null) {
            for (String reason : reasons.split(";")) {
                if (!reason.isBlank()) {
                    NeedCodes.asnReason(reason).ifPresent(areas::add);
                }
            }
        }
        if (areas.isEmpty()) {
            problems.add(Problem.of(line, REASONS, "imports.csv.noReason"));
        }
        String lookedAfterBy = value(row, columns, LOOKED_AFTER);
        return new ImportedPupil(line, "row", upn, null, scn, first == null ? "" : first, last == null ? "" : last,
                value(row, columns, PREFERRED), dob, null, stage, List.copyOf(areas), lookedAfterBy != null,
                lookedAfterBy, "en", school, null, problems);
    }

    private static @Nullable String value(CSVRecord row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= row.size()) {
            return null;
        }
        String v = row.get(index).strip();
        return v.isEmpty() ? null : v;
    }

    /** ISO (2015-03-31) or the UK's day/month/year (31/03/2015). */
    static @Nullable LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Scottish stages (ELC, P1–P7, S1–S6) and the year groups of England and Wales (N1, N2, R, Y1–Y14). */
    static @Nullable YearGroup stage(String text) {
        String v = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        try {
            return YearGroup.valueOf(v);
        } catch (IllegalArgumentException e) {
            return v.matches("\\d{1,2}") ? CtfReader.yearGroup(v) : null;
        }
    }
}
