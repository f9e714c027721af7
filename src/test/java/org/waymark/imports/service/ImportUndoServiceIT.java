package org.waymark.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.SignIn;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.imports.domain.CtfFiles;
import org.waymark.imports.domain.ImportPreview;
import org.waymark.imports.domain.UndoPreview;
import org.waymark.imports.domain.UndoPreview.UndoLine;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.privacy.domain.PupilEraser;
import org.waymark.privacy.domain.PupilRecordGraph;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.security.service.AccountService;

/**
 * Undoing an applied import (issue 22, DD020) through the service: added pupils removed and
 * changed fields put back; a pupil with later work and a field changed since kept and listed; once
 * only, within the undo period, by the import's school or authority; the dashboards' summaries
 * follow; an erased pupil leaves nothing in the journal.
 */
@SpringBootTest
@ActiveProfiles("test")
class ImportUndoServiceIT {

    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 70);
    private static final String SCHOOL = "Larkfield Primary School";

    @Autowired PupilImportService imports;
    @Autowired ImportUndoService undo;
    @Autowired PupilRepository pupils;
    @Autowired PlanService plans;
    @Autowired org.waymark.pupils.service.PupilService moves;
    @Autowired AccountService accounts;
    @Autowired PupilEraser eraser;
    @Autowired PupilRecordGraph graph;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    /** The numbers of the pupils this test made or imported: erased afterwards, so the shared database is as it was. */
    private final List<String> made = new java.util.ArrayList<>();

    @AfterEach
    void signOutAndErase() {
        SecurityContextHolder.clearContext();
        transactions.executeWithoutResult(t -> made.forEach(upn -> pupils.findByUpn(upn)
                .ifPresent(p -> eraser.erase(p.getId()))));
    }

    private String upn() {
        String upn = CtfFiles.upn(NUMBERS.incrementAndGet());
        made.add(upn);
        return upn;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate year4Birthday(int days) {
        return CtfFiles.year4Birthday(today(), days);
    }

    private long[] school(String name) {
        return CtfFiles.school(jdbc, name);
    }

    private String reference(String name) {
        return CtfFiles.reference(jdbc, name);
    }

    private Pupil held(String upn, String first, String last, LocalDate dob) {
        long[] s = school(SCHOOL);
        PupilDetails d = new PupilDetails();
        d.setFirstName(first);
        d.setLastName(last);
        d.setDateOfBirth(dob);
        d.setUpn(upn);
        d.setYearGroup(YearGroup.Y4);
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
        return pupils.save(Pupil.enrol(d, s[1], s[0], today().minusMonths(3), clock.instant()));
    }

    /** The SENCO's school's file with these pupils: applied (leavers left for the authority), the import's id. */
    private long applied(String... pupilRecords) {
        ImportPreview p = imports.preview(ImportPreview.Format.CTF, "undo-test.xml", new ByteArrayInputStream(
                (CtfFiles.header("", reference(SCHOOL), today()) + String.join("", pupilRecords) + CtfFiles.footer())
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(p.fileProblems()).isEmpty();
        imports.apply(p, false);
        return latestImport();
    }

    /** The import just applied: the highest id (the list is by when applied, and one test backdates its import). */
    private long latestImport() {
        return undo.recent().stream().mapToLong(ImportUndoService.RecentImport::id).max().orElseThrow();
    }

    private ImportUndoService.RecentImport listed(long importId) {
        return undo.recent().stream().filter(r -> r.id() == importId).findFirst().orElseThrow();
    }

    private long count(String sql, Object id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    /** The dashboards' summaries: the authority's pupils (by group), the school's, and the school's learning needs. */
    private List<Long> counted(long la, long school) {
        return List.of(count("SELECT COALESCE(SUM(pupils), 0) FROM report_pupil_group WHERE local_authority_id = :id", la),
                count("SELECT COALESCE(SUM(pupils), 0) FROM report_pupil_school WHERE school_id = :id", school),
                count("SELECT COALESCE(SUM(pupils), 0) FROM report_pupil_school WHERE school_id = :id"
                        + " AND primary_need = 'COMMUNICATION_INTERACTION'", school));
    }

    /** The authority's pupil summary by group, as kept (zero rows left out) and as counted from the pupils now. */
    private List<java.util.Map<String, Long>> keptAndLive(long la) {
        java.util.Map<String, Long> kept = new java.util.TreeMap<>();
        jdbc.sql("SELECT primary_need, year_group, sif_stage, pupils FROM report_pupil_group"
                + " WHERE local_authority_id = :la AND pupils <> 0").param("la", la)
                .query(rs -> {
                    kept.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3), rs.getLong(4));
                });
        java.util.Map<String, Long> live = new java.util.TreeMap<>();
        jdbc.sql("SELECT p.primary_need, p.year_group, COALESCE(p.sif_stage, -1), COUNT(*) FROM pupil p"
                + " JOIN school s ON s.id = p.school_id WHERE s.local_authority_id = :la"
                + " GROUP BY p.primary_need, p.year_group, COALESCE(p.sif_stage, -1)").param("la", la)
                .query(rs -> {
                    live.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3), rs.getLong(4));
                });
        return List.of(kept, live);
    }

    private static java.util.Map<String, Long> minus(java.util.Map<String, Long> after, java.util.Map<String, Long> before) {
        java.util.Map<String, Long> delta = new java.util.TreeMap<>();
        after.forEach((k, v) -> delta.merge(k, v, Long::sum));
        before.forEach((k, v) -> delta.merge(k, -v, Long::sum));
        delta.values().removeIf(v -> v == 0);
        return delta;
    }

    private long audits(String actor, String action, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = :act AND outcome = :o")
                .param("a", actor).param("act", action).param("o", outcome).query(Long.class).single();
    }

    private static UndoLine lineOf(UndoPreview p, UndoLine.Kind kind, long pupilId) {
        return p.lines(kind).stream().filter(l -> l.pupilId() == pupilId).findFirst().orElseThrow();
    }

    @Test
    void undo_removes_the_added_pupils_and_puts_back_old_fields_but_keeps_later_work_and_fields_changed_since() {
        String upnA = upn();
        String upnB = upn();
        String upnKeep = upn();
        String upnGo1 = upn();
        String upnGo2 = upn();
        Pupil a = held(upnA, "Aster", "Undone", year4Birthday(11));
        Pupil b = held(upnB, "Bryony", "Undone", year4Birthday(12));
        long[] s = school(SCHOOL);
        List<Long> before = counted(s[1], s[0]);
        List<java.util.Map<String, Long>> groupsBefore = keptAndLive(s[1]);
        SignIn.as(accounts, "senco");

        long importId = applied(
                CtfFiles.pupil(upnA, "Aster", "Undone", year4Birthday(11), "5", "MLD"),
                CtfFiles.pupil(upnB, "Bryony", "Undone", year4Birthday(12), "5", "MLD"),
                CtfFiles.pupil(upnKeep, "Kestrel", "Undone", year4Birthday(13), "4", "ASD"),
                CtfFiles.pupil(upnGo1, "Gorse", "Undone", year4Birthday(14), "4", "ASD"),
                CtfFiles.pupil(upnGo2, "Garnet", "Undone", year4Birthday(15), "4", "SPLD"));

        assertThat(counted(s[1], s[0])).containsExactly(before.get(0) + 3, before.get(1) + 3, before.get(2) + 2);
        long keep = pupils.findByUpn(upnKeep).orElseThrow().getId();
        long go1 = pupils.findByUpn(upnGo1).orElseThrow().getId();
        long go2 = pupils.findByUpn(upnGo2).orElseThrow().getId();
        // later work: a plan for one of the new pupils
        plans.startPlan(keep, PlanType.SEN_SUPPORT);
        // and someone changes B's year group again after the import
        Pupil changed = pupils.findById(b.getId()).orElseThrow();
        PupilDetails d = changed.details();
        d.setYearGroup(YearGroup.Y3);
        changed.apply(d, clock.instant());
        pupils.save(changed);
        long undoRows = audits("senco", "IMPORT_UNDO", "ALLOWED");

        UndoPreview preview = undo.preview(importId);

        assertThat(preview.lines(UndoLine.Kind.REMOVE)).extracting(UndoLine::pupilId).containsExactly(go1, go2);
        UndoLine kept = lineOf(preview, UndoLine.Kind.KEEP, keep);
        assertThat(kept.reasonKey()).isEqualTo("imports.undo.keep.work");
        assertThat(kept.items()).containsExactly("plans");
        assertThat(kept.name()).isEqualTo("Kestrel Undone");
        assertThat(lineOf(preview, UndoLine.Kind.RESTORE, a.getId()).items()).containsExactly("yearGroup");
        UndoLine fieldKept = lineOf(preview, UndoLine.Kind.KEEP_FIELDS, b.getId());
        assertThat(fieldKept.reasonKey()).isEqualTo("imports.undo.keep.changed");
        assertThat(fieldKept.items()).containsExactly("yearGroup");
        assertThat(preview.lines(UndoLine.Kind.RESTORE)).extracting(UndoLine::pupilId).containsExactly(a.getId());
        assertThat(preview.leavers()).isZero();

        ImportUndoService.Undone done = undo.undo(preview);

        assertThat(done).isEqualTo(new ImportUndoService.Undone(2, 1, 1, 1));
        assertThat(pupils.findById(go1)).isEmpty();
        assertThat(pupils.findById(go2)).isEmpty();
        assertThat(pupils.findById(keep)).isPresent();
        assertThat(pupils.findById(a.getId()).orElseThrow().getYearGroup()).isEqualTo(YearGroup.Y4);
        assertThat(pupils.findById(b.getId()).orElseThrow().getYearGroup()).isEqualTo(YearGroup.Y3);
        // the dashboards: the kept pupil (communication and interaction) stays counted, the two removed go
        assertThat(counted(s[1], s[0])).containsExactly(before.get(0) + 1, before.get(1) + 1, before.get(2) + 1);
        // and group by group (the year group put back moves A between groups) the summary changed as the pupils did
        List<java.util.Map<String, Long>> groupsAfter = keptAndLive(s[1]);
        assertThat(minus(groupsAfter.get(0), groupsBefore.get(0))).isEqualTo(minus(groupsAfter.get(1), groupsBefore.get(1)))
                .containsEntry("COMMUNICATION_INTERACTION/Y4/-1", 1L);
        // one audit row per pupil touched (two removed, one put back) and one for the import
        assertThat(audits("senco", "IMPORT_UNDO", "ALLOWED")).isEqualTo(undoRows + 4);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_UNDO' AND subject_type = 'PUPIL_IMPORT'"
                + " AND subject_id = :id", String.valueOf(importId))).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM pupil_import_pupil WHERE pupil_import_id = :id AND added = TRUE",
                importId)).isEqualTo(1);
        ImportUndoService.RecentImport listed = listed(importId);
        assertThat(listed.undoable()).isFalse();
        assertThat(listed.undoneBy()).isEqualTo("Sam Whitfield");
        assertThat(listed.madeBy()).isEqualTo("Sam Whitfield");
        assertThat(listed.removed()).isEqualTo(2);

        // once only
        assertThatThrownBy(() -> undo.undo(preview)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations().getFirst().messageKey())
                        .isEqualTo("imports.undo.already"));
        assertThatThrownBy(() -> undo.preview(importId)).isInstanceOf(ValidationException.class);
        assertThat(pupils.findById(a.getId()).orElseThrow().getYearGroup()).isEqualTo(YearGroup.Y4);
    }

    @Test
    void an_import_is_not_undone_past_the_undo_period() {
        String upnNew = upn();
        SignIn.as(accounts, "senco");
        ImportPreview p = imports.preview(ImportPreview.Format.CTF, "old.xml", new ByteArrayInputStream(
                (CtfFiles.header("", reference(SCHOOL), today())
                        + CtfFiles.pupil(upnNew, "Oriel", "Pastdue", year4Birthday(16), "4", "MLD") + CtfFiles.footer())
                        .getBytes(StandardCharsets.UTF_8)));
        imports.applyForDemo(p, clock.instant().minus(Duration.ofDays(undo.undoDays()).plusHours(1)));
        long importId = latestImport();

        ImportUndoService.RecentImport listed = listed(importId);
        assertThat(listed.fileName()).isEqualTo("old.xml");
        assertThat(listed.undoable()).isFalse();
        assertThat(listed.undoUntil()).isBefore(clock.instant());
        assertThatThrownBy(() -> undo.preview(importId)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations().getFirst().messageKey())
                        .isEqualTo("imports.undo.expired"));
        assertThat(pupils.findByUpn(upnNew)).isPresent();
    }

    @Test
    void another_schools_senco_and_another_authoritys_officer_are_refused_and_audited_the_authority_is_not() {
        SignIn.as(accounts, "senco");
        String upnScoped = upn();
        long importId = applied(CtfFiles.pupil(upnScoped, "Quince", "Scoped", year4Birthday(17), "4", "MLD"));
        long otherSchool = audits("senco.optedout", "IMPORT_UNDO_PREVIEW", "DENIED");
        long otherAuthority = audits("eso.cy", "IMPORT_UNDO_PREVIEW", "DENIED");

        SignIn.as(accounts, "senco.optedout");
        assertThatThrownBy(() -> undo.preview(importId)).isInstanceOf(AccessDeniedException.class);
        assertThat(undo.recent()).noneMatch(r -> r.id() == importId);
        SignIn.as(accounts, "eso.cy");
        assertThatThrownBy(() -> undo.preview(importId)).isInstanceOf(AccessDeniedException.class);
        assertThat(undo.recent()).noneMatch(r -> r.id() == importId);

        assertThat(audits("senco.optedout", "IMPORT_UNDO_PREVIEW", "DENIED")).isEqualTo(otherSchool + 1);
        assertThat(audits("eso.cy", "IMPORT_UNDO_PREVIEW", "DENIED")).isEqualTo(otherAuthority + 1);
        // the authority's officer may undo the school's import
        SignIn.as(accounts, "eso");
        assertThat(undo.recent()).anyMatch(r -> r.id() == importId);
        assertThat(undo.preview(importId).count(UndoLine.Kind.REMOVE)).isEqualTo(1);
    }

    @Test
    void an_undo_whose_preview_no_longer_holds_is_a_conflict_and_changes_nothing() {
        String upnA = upn();
        Pupil a = held(upnA, "Linden", "Conflict", year4Birthday(18));
        SignIn.as(accounts, "senco");
        long importId = applied(CtfFiles.pupil(upnA, "Linden", "Conflict", year4Birthday(18), "5", "MLD"));
        UndoPreview preview = undo.preview(importId);
        assertThat(preview.lines()).extracting(UndoLine::kind).containsExactly(UndoLine.Kind.RESTORE);
        Pupil changed = pupils.findById(a.getId()).orElseThrow();
        PupilDetails d = changed.details();
        d.setYearGroup(YearGroup.Y3);
        changed.apply(d, clock.instant());
        pupils.save(changed);

        assertThatThrownBy(() -> undo.undo(preview)).isInstanceOf(ConflictException.class);

        assertThat(pupils.findById(a.getId()).orElseThrow().getYearGroup()).isEqualTo(YearGroup.Y3);
        assertThat(listed(importId).undoable()).isTrue();
    }

    @Test
    void an_erased_pupil_leaves_no_rows_in_the_journal_and_subject_access_covers_it() {
        String upnA = upn();
        String upnNew = upn();
        Pupil a = held(upnA, "Rowan", "Erased", year4Birthday(19));
        SignIn.as(accounts, "senco");
        long importId = applied(CtfFiles.pupil(upnA, "Rowan", "Erased", year4Birthday(19), "5", "MLD"),
                CtfFiles.pupil(upnNew, "Sloe", "Erased", year4Birthday(20), "4", "MLD"));
        long added = pupils.findByUpn(upnNew).orElseThrow().getId();
        assertThat(count("SELECT COUNT(*) FROM pupil_import_field WHERE pupil_id = :id", a.getId())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM pupil_import_pupil WHERE pupil_id = :id", added)).isEqualTo(1);
        assertThat(graph.tablesOfAPupil()).contains("PUPIL_IMPORT_PUPIL", "PUPIL_IMPORT_FIELD");

        transactions.executeWithoutResult(t -> {
            eraser.erase(a.getId());
            eraser.erase(added);
        });

        assertThat(count("SELECT COUNT(*) FROM pupil_import_pupil WHERE pupil_id IN (:id)", List.of(a.getId(), added)))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM pupil_import_field WHERE pupil_id = :id", a.getId())).isZero();
        // the undo of what is left finds both pupils gone
        UndoPreview preview = undo.preview(importId);
        assertThat(preview.lines()).isEmpty();
        assertThat(preview.changesAnything()).isFalse();
    }

    @Test
    void a_pupil_moved_since_is_kept_and_listed_and_a_senco_is_told_only_that_it_is_out_of_reach() throws Exception {
        String upnMoved = upn();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.waymark.imports.domain.CtfWriter writer = new org.waymark.imports.domain.CtfWriter(out,
                new org.waymark.imports.domain.CtfReader.Header("24.0", "", reference(SCHOOL), SCHOOL, "", "", today()))) {
            writer.write(new org.waymark.imports.domain.CtfWriter.Entry(upnMoved, "Tarragon", "Moved",
                    year4Birthday(21), "F", "4", List.of("MLD"), false, null, false, today().minusDays(10)));
        }
        SignIn.as(accounts, "senco");
        ImportPreview p = imports.preview(ImportPreview.Format.CTF, "moved.xml",
                new ByteArrayInputStream(out.toByteArray()));
        imports.apply(p, false);
        long importId = latestImport();
        Pupil added = pupils.findByUpn(upnMoved).orElseThrow();
        SignIn.as(accounts, "eso");
        moves.recordMove(added.getId(), added.getVersion(), school("St Aidan's CE Primary School")[0], today(), today(),
                org.waymark.pupils.domain.EnrolmentEndReason.MOVED_SCHOOL);

        UndoPreview officers = undo.preview(importId);
        SignIn.as(accounts, "senco");
        UndoPreview sencos = undo.preview(importId);

        assertThat(officers.lines()).singleElement().extracting(UndoLine::kind, UndoLine::reasonKey)
                .containsExactly(UndoLine.Kind.KEEP, "imports.undo.keep.moved");
        assertThat(sencos.lines()).singleElement().extracting(UndoLine::kind, UndoLine::reasonKey)
                .containsExactly(UndoLine.Kind.KEEP, "imports.undo.keep.elsewhere");
        assertThat(sencos.changesAnything()).isFalse();
    }
}
