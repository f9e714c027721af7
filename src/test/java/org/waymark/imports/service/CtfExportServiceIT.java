package org.waymark.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.imports.domain.CtfFiles;
import org.waymark.imports.domain.CtfReader;
import org.waymark.imports.domain.ImportedPupil;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.PupilTransferFiles;
import org.waymark.pupils.domain.SensoryImpairment;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.security.service.AccountService;

/**
 * A pupil's SEN information as a partial CTF (issue 22 point 5): read back by the import's own
 * reader it is the same pupil; refused for another school's SENCO and another authority's officer
 * exactly as a missing pupil, and audited either way.
 */
@SpringBootTest
@ActiveProfiles("test")
class CtfExportServiceIT {

    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 50);

    @Autowired CtfExportService export;
    @Autowired PupilTransferFiles transferFiles;
    @Autowired PupilRepository pupils;
    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long[] school(String name) {
        return CtfFiles.school(jdbc, name);
    }

    private String reference(String name) {
        return CtfFiles.reference(jdbc, name);
    }

    private long audits(String actor, String outcome, long pupilId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = 'CTF_EXPORT'"
                        + " AND outcome = :o AND subject_id = :id")
                .param("a", actor).param("o", outcome).param("id", String.valueOf(pupilId)).query(Long.class).single();
    }

    /** A Year 5 pupil at the school since a year ago: communication first, then cognition and hearing. */
    private Pupil held(String schoolName, String language) {
        long[] s = school(schoolName);
        PupilDetails d = new PupilDetails();
        d.setFirstName("Elowen");
        d.setLastName("Trevithick");
        d.setPreferredName("Elly");
        d.setDateOfBirth(LocalDate.of(2016, 10, 3));
        d.setUpn(CtfFiles.upn(NUMBERS.incrementAndGet()));
        d.setYearGroup(YearGroup.Y5);
        d.setPrimaryNeed(AreaOfNeed.COMMUNICATION_INTERACTION);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COMMUNICATION_INTERACTION, AreaOfNeed.COGNITION_LEARNING,
                AreaOfNeed.SENSORY_MEDICAL_PHYSICAL));
        d.setSensoryImpairment(SensoryImpairment.HEARING);
        d.setLookedAfter(true);
        d.setLookedAfterBy("WLD");
        d.setPreferredLanguage(language);
        return pupils.save(Pupil.enrol(d, s[1], s[0], today().minusYears(1), clock.instant()));
    }

    private record Read(CtfReader.Header header, ImportedPupil pupil, String xml) {
    }

    private static Read read(PupilTransferFiles.File file) {
        AtomicReference<CtfReader.Header> header = new AtomicReference<>();
        List<ImportedPupil> read = new ArrayList<>();
        // the documented structure (docs/ctf-import-format.md; the DfE XSD is not available here)
        assertThat(org.waymark.imports.domain.CtfStructure.problems(file.content())).isEmpty();
        CtfReader.Result result = CtfReader.read(new ByteArrayInputStream(file.content()), header::set, read::add);
        assertThat(result.fileProblems()).isEmpty();
        assertThat(read).hasSize(1);
        return new Read(header.get(), read.getFirst(), new String(file.content(), StandardCharsets.UTF_8));
    }

    @Test
    void the_export_read_back_by_the_ctf_reader_is_the_same_pupil() {
        Pupil pupil = held("Larkfield Primary School", "en");
        long id = Objects.requireNonNull(pupil.getId());
        SignIn.as(accounts, "eso");

        PupilTransferFiles.File file = transferFiles.of(id, new PupilTransferFiles.Destination("886", "2001"));

        Read back = read(file);
        ImportedPupil p = back.pupil();
        assertThat(p.problems()).isEmpty();
        assertThat(p.upn()).isEqualTo(pupil.getUpn());
        assertThat(p.firstName()).isEqualTo("Elowen");
        assertThat(p.lastName()).isEqualTo("Trevithick");
        assertThat(p.preferredName()).isEqualTo("Elly");
        assertThat(p.dateOfBirth()).isEqualTo(LocalDate.of(2016, 10, 3));
        assertThat(p.yearGroup()).isEqualTo(YearGroup.Y5);
        // ranked: the primary need first, the hearing impairment as HI
        assertThat(p.needs()).containsExactly(AreaOfNeed.COMMUNICATION_INTERACTION, AreaOfNeed.COGNITION_LEARNING,
                AreaOfNeed.SENSORY_MEDICAL_PHYSICAL);
        assertThat(back.xml()).contains("<SENtypeRank>1</SENtypeRank><SENtype>SLCN</SENtype>")
                .contains("<SENtypeRank>3</SENtypeRank><SENtype>HI</SENtype>")
                .contains("<SENprovision>K</SENprovision>")
                .contains("<DocumentQualifier>partial</DocumentQualifier>")
                .doesNotContain("NAWdetails"); // an English pupil has no Welsh items
        assertThat(p.lookedAfter()).isTrue();
        assertThat(p.careAuthority()).isEqualTo("WLD");
        assertThat(p.language()).isEqualTo("en");
        // the header: from the pupil's school, to the receiving school; the open spell gives the day they joined
        String reference = reference("Larkfield Primary School");
        assertThat(back.header().sourceLea() + back.header().sourceEstab()).isEqualTo(reference);
        assertThat(back.header().sourceName()).isEqualTo("Larkfield Primary School");
        assertThat(back.header().destLea()).isEqualTo("886");
        assertThat(back.header().destEstab()).isEqualTo("2001");
        assertThat(back.header().fileDate()).isEqualTo(today());
        assertThat(p.entryDate()).isEqualTo(today().minusYears(1));
        assertThat(file.name()).isEqualTo(reference + "_CTF_8862001_" + today().toString().replace("-", "") + ".xml");
        assertThat(audits("eso", "ALLOWED", id)).isEqualTo(1);
    }

    @Test
    void a_leaver_is_exported_by_their_former_school_with_the_spell_ended_and_the_destination_not_known() {
        Pupil pupil = held("Larkfield Primary School", "en");
        long id = Objects.requireNonNull(pupil.getId());
        SignIn.as(accounts, "eso");
        pupil.leave(today().minusDays(2), EnrolmentEndReason.LEFT, today());
        pupils.save(pupil);
        SignIn.as(accounts, "senco"); // Larkfield's SENCO, within the read-only period after the pupil left

        Read back = read(transferFiles.of(id, PupilTransferFiles.Destination.unknown()));

        assertThat(back.pupil().upn()).isEqualTo(pupil.getUpn());
        assertThat(back.header().destLea()).isEqualTo("MMM");
        assertThat(back.header().destEstab()).isEqualTo("MMMM");
        assertThat(back.xml()).contains("<LeavingDate>" + today().minusDays(2) + "</LeavingDate>");
        assertThat(back.pupil().entryDate()).isNull(); // no open spell: the pupil has left
        assertThat(audits("senco", "ALLOWED", id)).isEqualTo(1);
    }

    @Test
    void a_welsh_pupil_carries_the_welsh_items() {
        Pupil pupil = held("Ysgol Gymraeg Pen-y-bryn", "cy");
        long id = Objects.requireNonNull(pupil.getId());
        SignIn.as(accounts, "eso.cy");

        Read back = read(transferFiles.of(id, PupilTransferFiles.Destination.unknown()));

        assertThat(back.pupil().language()).isEqualTo("cy");
        assertThat(back.xml()).contains("<Language>WEL</Language>").contains("<HomeWelsh>Y</HomeWelsh>");
    }

    @Test
    void another_schools_senco_and_another_authoritys_officer_find_no_such_pupil() {
        Pupil pupil = held("St Aidan's CE Primary School", "en");
        long id = Objects.requireNonNull(pupil.getId());
        long missing = jdbc.sql("SELECT MAX(id) + 1000 FROM pupil").query(Long.class).single();

        SignIn.as(accounts, "senco"); // Larkfield's
        PupilTransferFiles.Destination anywhere = PupilTransferFiles.Destination.unknown();
        assertThatThrownBy(() -> transferFiles.of(id, anywhere)).isInstanceOf(NotFoundException.class)
                .hasMessage("pupil " + id);
        assertThatThrownBy(() -> transferFiles.of(missing, anywhere)).isInstanceOf(NotFoundException.class)
                .hasMessage("pupil " + missing);
        assertThat(audits("senco", "DENIED", id)).isEqualTo(1);

        SignIn.as(accounts, "eso.cy");
        assertThatThrownBy(() -> transferFiles.of(id, anywhere)).isInstanceOf(NotFoundException.class)
                .hasMessage("pupil " + id);
        assertThat(audits("eso.cy", "DENIED", id)).isEqualTo(1);

        SignIn.as(accounts, "head"); // reads pupils, makes no transfer files
        assertThatThrownBy(() -> transferFiles.of(id, anywhere)).isInstanceOf(AccessDeniedException.class);
        assertThat(transferFiles.offeredToCaller()).isFalse();
        assertThat(audits("head", "ALLOWED", id)).isZero();
    }

    @Test
    void a_malformed_destination_is_refused_naming_the_number() {
        Pupil pupil = held("Larkfield Primary School", "en");
        long id = Objects.requireNonNull(pupil.getId());
        SignIn.as(accounts, "eso");

        assertThat(transferFiles.destinationProblem(new PupilTransferFiles.Destination("88", "2001")))
                .isEqualTo("imports.export.destLea");
        assertThat(transferFiles.destinationProblem(new PupilTransferFiles.Destination("886", "")))
                .isEqualTo("imports.export.destEstab");
        assertThat(transferFiles.destinationProblem(new PupilTransferFiles.Destination(" ", ""))).isNull();
        assertThatThrownBy(() -> transferFiles.of(id, new PupilTransferFiles.Destination("886", "20x1")))
                .isInstanceOf(ValidationException.class);
        assertThat(audits("eso", "ALLOWED", id)).isZero();
    }
}
