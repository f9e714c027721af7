package org.waymark.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.base.domain.ValidationException;
import org.waymark.imports.domain.CtfFiles;
import org.waymark.imports.domain.CtfReader;
import org.waymark.imports.domain.CtfWriter;
import org.waymark.imports.domain.ImportLine;
import org.waymark.imports.domain.ImportPreview;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.imports.domain.UndoPreview;
import org.waymark.security.service.AccountService;

/**
 * A file larger than one apply batch ({@link PupilImportService#APPLY_BATCH}): its additions are
 * written in slices within one transaction, and the dashboards' pupil summaries (V42) gain exactly
 * the file's pupils in their groups, counted per batch rather than per pupil; a record refused in a
 * later slice names its own line and leaves nothing of the earlier slices, summaries and journal
 * included; the undo of the whole file (DD020) takes every slice out again, summaries included. Its
 * own database: it adds thousands of pupils.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:waymark-import-batch;MODE=MySQL;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class PupilImportBatchIT {

    private static final int PUPILS = 2 * PupilImportService.APPLY_BATCH + 345;
    private static final List<YearGroup> YEARS = List.of(YearGroup.R, YearGroup.Y1, YearGroup.Y2, YearGroup.Y3,
            YearGroup.Y4, YearGroup.Y5, YearGroup.Y6);
    private static final List<String> TYPES = List.of("MLD", "ASD", "SEMH", "HI", "SPLD", "SLCN", "PD");

    @Autowired PupilImportService imports;
    @Autowired ImportUndoService undo;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long[] school(String name) {
        return jdbc.sql("SELECT id, local_authority_id FROM school WHERE name = :n").param("n", name)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** A CTF of {@code count} new pupils of the school, their UPNs from {@code first}. */
    private byte[] file(String reference, long first, int count) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CtfWriter writer = new CtfWriter(out, new CtfReader.Header("24.0", "", reference, "School", "", "", today))) {
            for (int i = 0; i < count; i++) {
                YearGroup year = YEARS.get(i % YEARS.size());
                writer.write(new CtfWriter.Entry(CtfFiles.upn(first + i), "Batch" + CtfFiles.letters(i), "Slice" + CtfFiles.letters(i % 97),
                        yearStart.minusYears(year.typicalAge()).minusDays(1 + i % 300), "F", CtfWriter.ncYear(year),
                        List.of(TYPES.get(i % TYPES.size()), TYPES.get((i + 2) % TYPES.size())), false, null, false,
                        today.minusDays(20)));
            }
        }
        return out.toByteArray();
    }

    /** The school's summary: pupils by main need. */
    private Map<String, Long> bySchool(long schoolId) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT primary_need, pupils FROM report_pupil_school WHERE school_id = :s").param("s", schoolId)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** The authority's summary: pupils by main need, year group and stage. */
    private Map<String, Long> byGroup(long laId) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT primary_need, year_group, sif_stage, pupils FROM report_pupil_group WHERE local_authority_id = :la")
                .param("la", laId).query(rs -> {
                    counts.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3), rs.getLong(4));
                });
        return counts;
    }

    private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> delta = new HashMap<>();
        after.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d != 0) {
                delta.put(k, d);
            }
        });
        before.forEach((k, v) -> {
            if (!after.containsKey(k) && v != 0) {
                delta.put(k, -v);
            }
        });
        return delta;
    }

    private ImportPreview preview(byte[] xml) {
        return imports.preview(ImportPreview.Format.CTF, "batch.xml", new ByteArrayInputStream(xml));
    }

    /** As the ESO, the preview of a file of {@link #PUPILS} new pupils at the school, UPNs from {@code first}: all to be added. */
    private ImportPreview previewNewPupils(long schoolId, long first) {
        String reference = jdbc.sql("SELECT reference_number FROM school WHERE id = :id").param("id", schoolId)
                .query(String.class).single();
        SignIn.as(accounts, "eso");
        ImportPreview p = preview(file(reference, first, PUPILS));
        assertThat(p.count(ImportLine.Kind.ADDED)).isEqualTo(PUPILS);
        return p;
    }

    @Test
    void a_file_of_several_batches_is_added_and_counted_in_the_summaries_exactly() {
        long[] s = school("Larkfield Primary School");
        long first = 700_000_000_000L + System.nanoTime() % 1_000_000;
        ImportPreview p = previewNewPupils(s[0], first);
        Map<String, Long> schoolBefore = bySchool(s[0]);
        Map<String, Long> groupsBefore = byGroup(s[1]);

        PupilImportService.Applied applied = imports.apply(p, false);

        assertThat(applied.added()).isEqualTo(PUPILS);
        // what the file added, counted from the pupil rows themselves
        List<String> upns = new ArrayList<>();
        for (int i = 0; i < PUPILS; i++) {
            upns.add(CtfFiles.upn(first + i));
        }
        Map<String, Long> addedBySchool = new HashMap<>();
        Map<String, Long> addedByGroup = new HashMap<>();
        for (int from = 0; from < upns.size(); from += 1000) {
            jdbc.sql("SELECT primary_need, year_group, COALESCE(sif_stage, -1) FROM pupil WHERE upn IN (:u)")
                    .param("u", upns.subList(from, Math.min(upns.size(), from + 1000))).query(rs -> {
                        addedBySchool.merge(rs.getString(1), 1L, Long::sum);
                        addedByGroup.merge(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3), 1L, Long::sum);
                    });
        }
        assertThat(addedBySchool.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(PUPILS);
        assertThat(addedBySchool).hasSizeGreaterThan(2);
        assertThat(minus(bySchool(s[0]), schoolBefore)).isEqualTo(addedBySchool);
        assertThat(minus(byGroup(s[1]), groupsBefore)).isEqualTo(addedByGroup);

        // the journal (DD020) holds every pupil of every slice, and the undo takes them all out again, summaries too
        long importId = undo.recent().stream().mapToLong(ImportUndoService.RecentImport::id).max().orElseThrow();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pupil_import_pupil WHERE pupil_import_id = :id AND added = TRUE")
                .param("id", importId).query(Long.class).single()).isEqualTo(PUPILS);
        UndoPreview preview = undo.preview(importId);
        assertThat(preview.count(UndoPreview.UndoLine.Kind.REMOVE)).isEqualTo(PUPILS);

        assertThat(undo.undo(preview).removed()).isEqualTo(PUPILS);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM pupil WHERE upn IN (:u)").param("u", upns.subList(0, 1000))
                .query(Long.class).single()).isZero();
        // (a group the file opened stays as a row of 0: no difference)
        assertThat(minus(bySchool(s[0]), schoolBefore)).isEmpty();
        assertThat(minus(byGroup(s[1]), groupsBefore)).isEmpty();
    }

    @Test
    void a_record_refused_in_a_later_slice_names_its_line_and_leaves_nothing_of_the_earlier_ones() {
        long[] s = school("St Aidan's CE Primary School");
        long first = 800_000_000_000L + System.nanoTime() % 1_000_000;
        ImportPreview p = previewNewPupils(s[0], first);
        // meanwhile the UPN of a record in the third slice is taken (its line: the 2,100th addition's)
        ImportLine taken = p.lines(ImportLine.Kind.ADDED).get(2 * PupilImportService.APPLY_BATCH + 99);
        String takenUpn = java.util.Objects.requireNonNull(taken.pupil()).upn();
        long takerId = jdbc.sql("SELECT MIN(id) FROM pupil WHERE school_id = :s AND upn IS NOT NULL")
                .param("s", s[0]).query(Long.class).single();
        String takerUpn = jdbc.sql("SELECT upn FROM pupil WHERE id = :id").param("id", takerId).query(String.class).single();
        jdbc.sql("UPDATE pupil SET upn = :u WHERE id = :id").param("u", takenUpn).param("id", takerId).update();
        Map<String, Long> schoolBefore = bySchool(s[0]);
        Map<String, Long> groupsBefore = byGroup(s[1]);
        long pupilsBefore = jdbc.sql("SELECT COUNT(*) FROM pupil").query(Long.class).single();
        long journalBefore = jdbc.sql("SELECT COUNT(*) FROM pupil_import_pupil").query(Long.class).single();
        long importsBefore = jdbc.sql("SELECT COUNT(*) FROM pupil_import").query(Long.class).single();
        try {
            assertThatThrownBy(() -> imports.apply(p, false)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations().getFirst().arguments()).first().isEqualTo(taken.line()));
        } finally {
            jdbc.sql("UPDATE pupil SET upn = :u WHERE id = :id").param("u", takerUpn).param("id", takerId).update();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pupil").query(Long.class).single()).isEqualTo(pupilsBefore);
        // nor anything of its journal
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pupil_import_pupil").query(Long.class).single()).isEqualTo(journalBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pupil_import").query(Long.class).single()).isEqualTo(importsBefore);
        assertThat(bySchool(s[0])).isEqualTo(schoolBefore);
        assertThat(byGroup(s[1])).isEqualTo(groupsBefore);
    }
}
