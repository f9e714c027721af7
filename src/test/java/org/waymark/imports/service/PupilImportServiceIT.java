package org.waymark.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.base.domain.ConflictException;
import org.waymark.imports.domain.CtfFiles;
import org.waymark.imports.domain.ImportLine;
import org.waymark.imports.domain.ImportPreview;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.pupils.service.PupilBulkService;
import org.waymark.security.service.AccountService;

/** Preview and apply of pupil imports through the service, with each role's scope. */
@SpringBootTest
@ActiveProfiles("test")
class PupilImportServiceIT {

    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100);

    @Autowired PupilImportService imports;
    @Autowired PupilBulkService bulk;
    @Autowired PupilRepository pupils;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String upn() {
        return CtfFiles.upn(NUMBERS.incrementAndGet());
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

    /** A pupil held at the school since three months ago. */
    private Pupil held(String schoolName, String upn, String first, String last, LocalDate dob) {
        long[] s = school(schoolName);
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

    private ImportPreview preview(String xml) {
        return imports.preview(ImportPreview.Format.CTF, "test.xml",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static ImportLine lineOf(ImportPreview p, long pupilId) {
        return p.lines().stream().filter(l -> Objects.equals(l.pupilId(), pupilId)).findFirst().orElseThrow();
    }

    private long audits(String actor, String action, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = :act AND outcome = :o")
                .param("a", actor).param("act", action).param("o", outcome).query(Long.class).single();
    }

    private static ImportPreview only(ImportPreview p, Set<Long> pupilIds, String... newUpns) {
        List<String> upns = List.of(newUpns);
        return new ImportPreview(p.format(), p.fileName(), p.localAuthorityId(), p.schools(), p.lines().stream()
                .filter(l -> l.pupilId() != null ? pupilIds.contains(l.pupilId())
                        : l.pupil() != null && upns.contains(l.pupil().upn())).toList(),
                p.unchanged(), p.fileProblems(), p.mayRecordMoves(), p.madeBy(), p.madeAt(), p.header());
    }

    @Test
    void a_senco_previews_their_schools_file_line_by_line_and_applies_it_in_one_go() {
        String upnChanged = upn();
        String upnLeaver = upn();
        String upnByName = upn();
        String upnNew = upn();
        String upnTwice = upn();
        String upnElsewhere = upn();
        Pupil changed = held("Larkfield Primary School", upnChanged, "Wren", "Halloway", year4Birthday(10));
        Pupil leaver = held("Larkfield Primary School", upnLeaver, "Sorrel", "Ames", year4Birthday(20));
        Pupil byName = held("Larkfield Primary School", upnByName, "Juniper", "Quill", year4Birthday(30));
        // the record has no UPN yet: the file's is found by name and date of birth
        jdbc.sql("UPDATE pupil SET upn = NULL WHERE id = :id").param("id", byName.getId()).update();
        Pupil elsewhere = held("St Aidan's CE Primary School", upnElsewhere, "Tamsin", "Ferrer", year4Birthday(40));
        String xml = CtfFiles.header("", reference("Larkfield Primary School"), today())
                + CtfFiles.pupil(upnChanged, "Wren", "Halloway", year4Birthday(10), "5", "MLD")        // 18
                + CtfFiles.pupil(upnByName, "Juniper", "Quill", year4Birthday(30), "4", "MLD")         // 34
                + CtfFiles.pupil(upnNew, "Odette", "Marchbank", year4Birthday(50), "4", "ASD", "SPLD") // 50
                + CtfFiles.pupil(upnTwice, "Pip", "Twice", year4Birthday(60), "4", "MLD")              // 67
                + CtfFiles.pupil(upnTwice, "Pippa", "Twice", year4Birthday(61), "4", "MLD")            // 83
                + CtfFiles.pupil(CtfFiles.badUpn(NUMBERS.incrementAndGet()), "Bad", "Letter", year4Birthday(70), "4", "MLD") // 99
                + CtfFiles.pupil(upnElsewhere, "Tamsin", "Ferrer", year4Birthday(40), "4", "MLD")      // 115
                + CtfFiles.footer();
        SignIn.as(accounts, "senco");

        ImportPreview p = preview(xml);

        assertThat(p.fileProblems()).isEmpty();
        assertThat(p.mayRecordMoves()).isFalse();
        assertThat(p.schools()).containsExactly("Larkfield Primary School");
        ImportLine update = lineOf(p, changed.getId());
        assertThat(update.kind()).isEqualTo(ImportLine.Kind.UPDATED);
        assertThat(update.arguments()).containsExactly("yearGroup");
        assertThat(update.line()).isEqualTo(18);
        ImportLine matchedByName = lineOf(p, byName.getId());
        assertThat(matchedByName.kind()).isEqualTo(ImportLine.Kind.UPDATED);
        assertThat(matchedByName.arguments()).containsExactly("number");
        ImportLine added = p.lines(ImportLine.Kind.ADDED).stream()
                .filter(l -> upnNew.equals(Objects.requireNonNull(l.pupil()).upn())).findFirst().orElseThrow();
        assertThat(added.line()).isEqualTo(50);
        assertThat(added.arguments()).containsExactly("Larkfield Primary School");
        assertThat(p.lines(ImportLine.Kind.REFUSED)).filteredOn(l -> l.line() >= 67)
                .extracting(ImportLine::line, ImportLine::where, ImportLine::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(67L, "<UPN>", "imports.duplicateNumber"),
                        org.assertj.core.groups.Tuple.tuple(83L, "<UPN>", "imports.duplicateNumber"),
                        org.assertj.core.groups.Tuple.tuple(100L, "<UPN>", "pupil.upn.checkLetter"),
                        org.assertj.core.groups.Tuple.tuple(115L, "<Pupil>", "imports.heldElsewhere"));
        // the SENCO is told nothing about the other school's pupil beyond that
        assertThat(p.lines()).noneMatch(l -> Objects.equals(l.pupilId(), elsewhere.getId()));
        ImportLine leaving = lineOf(p, leaver.getId());
        assertThat(leaving.kind()).isEqualTo(ImportLine.Kind.LEAVER);
        assertThat(leaving.reasonKey()).isEqualTo("imports.leaverTellAuthority");
        assertThat(p.count(ImportLine.Kind.ADDED)).isEqualTo(1);

        PupilImportService.Applied applied = imports.apply(p, true);

        assertThat(applied).isEqualTo(new PupilImportService.Applied(1, 2, 0, 0));
        Pupil created = pupils.findByUpn(upnNew).orElseThrow();
        assertThat(created.getSchoolId()).isEqualTo(school("Larkfield Primary School")[0]);
        assertThat(created.getPrimaryNeed()).isEqualTo(AreaOfNeed.COMMUNICATION_INTERACTION);
        assertThat(created.areas()).containsExactlyInAnyOrder(AreaOfNeed.COMMUNICATION_INTERACTION,
                AreaOfNeed.COGNITION_LEARNING);
        assertThat(pupils.findById(changed.getId()).orElseThrow().getYearGroup()).isEqualTo(YearGroup.Y5);
        assertThat(pupils.findById(byName.getId()).orElseThrow().getUpn()).isEqualTo(upnByName);
        // a SENCO does not record leavers: the authority does
        assertThat(pupils.findById(leaver.getId()).orElseThrow().enrolled()).isTrue();
        assertThat(pupils.findByUpn(upnTwice)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_CREATE' AND subject_id = :id")
                .param("id", String.valueOf(created.getId())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_senco_is_refused_another_schools_file_and_the_refusal_is_audited() {
        String xml = CtfFiles.header("", reference("St Aidan's CE Primary School"), today())
                + CtfFiles.pupil(upn(), "Nia", "Other", year4Birthday(5), "4", "MLD") + CtfFiles.footer();
        SignIn.as(accounts, "senco");
        long before = audits("senco", "IMPORT_PREVIEW", "DENIED");

        assertThatThrownBy(() -> preview(xml)).isInstanceOf(AccessDeniedException.class);

        assertThat(audits("senco", "IMPORT_PREVIEW", "DENIED")).isEqualTo(before + 1);
        long otherAuthority = jdbc.sql("SELECT id FROM local_authority WHERE code = 'GLM'").query(Long.class).single();
        assertThatThrownBy(() -> bulk.registerForImport(otherAuthority)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_officer_records_the_move_and_the_leaver_the_file_shows_with_the_one_month_rule() {
        String upnMover = upn();
        String upnLeaver = upn();
        Pupil mover = held("Larkfield Primary School", upnMover, "Rowan", "Castell", year4Birthday(80));
        Pupil leaver = held("St Aidan's CE Primary School", upnLeaver, "Hazel", "Brigstock", year4Birthday(90));
        String xml = CtfFiles.header("", reference("St Aidan's CE Primary School"), today())
                + CtfFiles.pupil(upnMover, "Rowan", "Castell", year4Birthday(80), "4", "MLD") + CtfFiles.footer();
        SignIn.as(accounts, "eso");

        ImportPreview p = preview(xml);

        assertThat(p.mayRecordMoves()).isTrue();
        ImportLine move = lineOf(p, mover.getId());
        assertThat(move.kind()).isEqualTo(ImportLine.Kind.MOVE);
        assertThat(move.schoolId()).isEqualTo(school("St Aidan's CE Primary School")[0]);
        ImportLine leaving = lineOf(p, leaver.getId());
        assertThat(leaving.kind()).isEqualTo(ImportLine.Kind.LEAVER);
        assertThat(leaving.reasonKey()).isEqualTo("imports.leaver");
        assertThat(leaving.arguments()).containsExactly(today(), today().plusMonths(1));

        // only this test's pupils: the school's other demo pupils stay as they are for other tests
        PupilImportService.Applied applied = imports.apply(only(p, Set.of(mover.getId(), leaver.getId())), true);

        assertThat(applied).isEqualTo(new PupilImportService.Applied(0, 0, 1, 1));
        assertThat(pupils.findById(mover.getId()).orElseThrow().getSchoolId())
                .isEqualTo(school("St Aidan's CE Primary School")[0]);
        Pupil left = pupils.findById(leaver.getId()).orElseThrow();
        assertThat(left.enrolled()).isFalse();
        assertThat(left.getEnrolments().getLast().notifiedOn()).isEqualTo(today());
    }

    @Test
    void another_authoritys_officer_matches_nothing_of_ours_and_may_not_apply_our_preview() {
        String upnOurs = upn();
        Pupil ours = held("Larkfield Primary School", upnOurs, "Linnea", "Ashgrove", year4Birthday(100));
        SignIn.as(accounts, "senco");
        ImportPreview sencos = preview(CtfFiles.header("", reference("Larkfield Primary School"), today())
                + CtfFiles.pupil(upnOurs, "Linnea", "Ashgrove", year4Birthday(100), "5", "MLD") + CtfFiles.footer());
        String glanmorSchool = jdbc.sql("SELECT s.reference_number FROM school s JOIN local_authority a"
                + " ON a.id = s.local_authority_id WHERE a.code = 'GLM' ORDER BY s.id").query(String.class).list().getFirst();
        SignIn.as(accounts, "eso.cy");

        ImportPreview theirs = preview(CtfFiles.header("", glanmorSchool, today())
                + CtfFiles.pupil(upnOurs, "Linnea", "Ashgrove", year4Birthday(100), "4", "MLD") + CtfFiles.footer());

        assertThat(theirs.lines()).noneMatch(l -> Objects.equals(l.pupilId(), ours.getId()));
        assertThat(theirs.lines()).filteredOn(l -> l.line() > 0).singleElement()
                .extracting(ImportLine::kind, ImportLine::reasonKey)
                .containsExactly(ImportLine.Kind.REFUSED, "imports.numberElsewhere");
        assertThatThrownBy(() -> imports.apply(sencos, false)).isInstanceOf(AccessDeniedException.class);
        assertThat(pupils.findById(ours.getId()).orElseThrow().getYearGroup()).isEqualTo(YearGroup.Y4);
    }

    @Test
    void a_pupil_changed_since_the_preview_refuses_the_whole_import() {
        String upnHeld = upn();
        String upnNew = upn();
        Pupil heldPupil = held("Larkfield Primary School", upnHeld, "Ivo", "Penrose", year4Birthday(110));
        SignIn.as(accounts, "senco");
        ImportPreview p = preview(CtfFiles.header("", reference("Larkfield Primary School"), today())
                + CtfFiles.pupil(upnNew, "Esme", "Trevithick", year4Birthday(120), "4", "MLD")
                + CtfFiles.pupil(upnHeld, "Ivo", "Penrose", year4Birthday(110), "5", "MLD") + CtfFiles.footer());
        Pupil meanwhile = pupils.findById(heldPupil.getId()).orElseThrow();
        PupilDetails d = meanwhile.details();
        d.setPreferredName("Ive");
        meanwhile.apply(d, clock.instant());
        pupils.save(meanwhile);

        assertThatThrownBy(() -> imports.apply(only(p, Set.of(heldPupil.getId()), upnNew), false))
                .isInstanceOf(ConflictException.class);

        assertThat(pupils.findByUpn(upnNew)).isEmpty();
    }

    @Test
    void a_scottish_csv_is_previewed_with_errors_by_line_and_column() {
        String reference = jdbc.sql("SELECT s.reference_number FROM app_user u JOIN school s ON s.id = u.school_id"
                + " WHERE u.username = 'senco.sc'").query(String.class).single();
        LocalDate t = today();
        LocalDate p4 = LocalDate.of(t.getMonthValue() >= 8 ? t.getYear() : t.getYear() - 1, 8, 15).minusYears(8)
                .minusDays(20);
        String scn = String.format("%09d", NUMBERS.incrementAndGet() % 1_000_000_000L);
        String csv = "scottish_candidate_number,first_name,last_name,date_of_birth,stage,school,asn_reasons\n"
                + scn + ",Morven,Lennox," + p4 + ",P4," + reference + ",Dyslexia\n"
                + "123456780,Calum,Rae,31/02/2017,P4," + reference + ",Dyslexia\n"
                + "123456781,Eilidh,Rae," + p4 + ",P4,NOPE,Dyslexia\n";
        SignIn.as(accounts, "senco.sc");

        ImportPreview p = imports.preview(ImportPreview.Format.CSV, "pupils.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(p.fileProblems()).isEmpty();
        assertThat(p.lines()).filteredOn(l -> l.line() > 0)
                .extracting(ImportLine::kind, ImportLine::line, ImportLine::where, ImportLine::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ImportLine.Kind.ADDED, 2L, "row", "imports.added"),
                        org.assertj.core.groups.Tuple.tuple(ImportLine.Kind.REFUSED, 3L, "date_of_birth", "imports.csv.dob"),
                        org.assertj.core.groups.Tuple.tuple(ImportLine.Kind.REFUSED, 4L, "school", "imports.csv.unknownSchool"));
    }
}
