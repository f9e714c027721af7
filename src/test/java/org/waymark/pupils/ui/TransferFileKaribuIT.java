package org.waymark.pupils.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.KaribuTest;
import org.waymark.base.ui.DownloadLink;
import org.waymark.imports.domain.CtfFiles;
import org.waymark.imports.domain.CtfReader;
import org.waymark.imports.domain.ImportedPupil;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;

/**
 * The pupil page's common transfer file (issue 22 point 5): offered to the officer and the SENCO
 * for a pupil with a UPN, the receiving school's numbers checked beside their fields, the download
 * the pupil's file; pointed to from the move form when a pupil leaves; not offered to a head teacher.
 */
class TransferFileKaribuIT extends KaribuTest {

    @Autowired PupilRepository pupils;
    @Autowired JdbcClient jdbc;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void removeOwnPupils() {
        // the Karibu tests share one database: the pupils made here go again
        for (long id : made) {
            pupils.deleteById(id);
        }
    }

    private long pupil(@Nullable String upn) {
        long[] s = jdbc.sql("SELECT id, local_authority_id FROM school WHERE name = 'Larkfield Primary School'")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        PupilDetails d = new PupilDetails();
        d.setFirstName("Bryony");
        d.setLastName("Oakhanger");
        d.setDateOfBirth(LocalDate.of(2017, 4, 12));
        d.setUpn(upn);
        d.setYearGroup(YearGroup.Y4);
        d.setPrimaryNeed(AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL));
        long id = Objects.requireNonNull(pupils.save(Pupil.enrol(d, s[1], s[0], today().minusMonths(6),
                clock.instant())).getId());
        made.add(id);
        return id;
    }

    private static void open(long pupilId) {
        UI.getCurrent().navigate(PupilDetailsView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
    }

    private long exports(String actor, long pupilId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = 'CTF_EXPORT'"
                        + " AND outcome = 'ALLOWED' AND subject_id = :id")
                .param("a", actor).param("id", String.valueOf(pupilId)).query(Long.class).single();
    }

    @Test
    void the_officer_downloads_the_pupils_file_for_the_receiving_school_typed_in() {
        String upn = CtfFiles.upn(System.nanoTime() % 1_000_000_000L + 8_100_000_000L);
        long id = pupil(upn);
        login("eso");
        open(id);
        TransferFileSection section = _get(TransferFileSection.class);
        assertThat(section.download.isEnabled()).isTrue();

        section.lea.setValue("88");
        assertThat(section.lea.isInvalid()).isTrue();
        assertThat(section.lea.getErrorMessage())
                .isEqualTo("Enter the LA number as three digits, or leave both numbers blank");
        assertThat(section.download.isEnabled()).isFalse();
        section.lea.setValue("886");
        assertThat(section.lea.isInvalid()).isFalse();
        assertThat(section.estab.isInvalid()).isTrue();
        assertThat(section.download.isEnabled()).isFalse();
        section.estab.setValue("2001");
        assertThat(section.estab.isInvalid()).isFalse();
        assertThat(section.download.isEnabled()).isTrue();

        DownloadLink.File file = section.file();

        assertThat(file.name()).endsWith("_CTF_8862001_" + today().toString().replace("-", "") + ".xml");
        assertThat(file.mediaType()).isEqualTo("application/xml");
        AtomicReference<CtfReader.Header> header = new AtomicReference<>();
        List<ImportedPupil> read = new ArrayList<>();
        assertThat(CtfReader.read(new ByteArrayInputStream(file.bytes()), header::set, read::add).fileProblems())
                .isEmpty();
        assertThat(header.get().destLea() + header.get().destEstab()).isEqualTo("8862001");
        assertThat(read).singleElement().satisfies(p -> {
            assertThat(p.upn()).isEqualTo(upn);
            assertThat(p.lastName()).isEqualTo("Oakhanger");
            assertThat(p.needs()).containsExactly(AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL);
        });
        assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).contains("<SENtype>SEMH</SENtype>");
        assertThat(exports("eso", id)).isEqualTo(1);
    }

    @Test
    void the_move_form_points_a_leaver_to_the_file_and_the_senco_of_the_school_left_still_has_it() {
        long id = pupil(CtfFiles.upn(System.nanoTime() % 1_000_000_000L + 8_200_000_000L));
        login("eso");
        open(id);
        assertThat(_find(Paragraph.class, spec -> spec.withId("move-transfer-hint"))).isEmpty(); // hidden
        KaribuTest.<EnrolmentEndReason>select("move-reason").setValue(EnrolmentEndReason.LEFT);
        Paragraph hint = _get(Paragraph.class, spec -> spec.withId("move-transfer-hint"));
        assertThat(hint.getText()).startsWith("Leaving for a school outside this authority?");
        KaribuTest.<EnrolmentEndReason>select("move-reason").setValue(EnrolmentEndReason.MOVED_SCHOOL);
        assertThat(hint.isVisible()).isFalse();

        Pupil pupil = pupils.findById(id).orElseThrow();
        pupil.leave(today().minusDays(1), EnrolmentEndReason.LEFT, today());
        pupils.save(pupil);
        login("senco"); // Larkfield's SENCO: the school the pupil left
        open(id);
        TransferFileSection section = _get(TransferFileSection.class);
        assertThat(new String(section.file().bytes(), StandardCharsets.UTF_8))
                .contains("<LeavingDate>" + today().minusDays(1) + "</LeavingDate>");
        assertThat(exports("senco", id)).isEqualTo(1);
    }

    @Test
    void a_head_teacher_and_a_pupil_without_a_upn_get_no_transfer_file() {
        long withUpn = pupil(CtfFiles.upn(System.nanoTime() % 1_000_000_000L + 8_300_000_000L));
        long withoutUpn = pupil(null);
        login("head");
        open(withUpn);
        assertThat(_find(TransferFileSection.class)).isEmpty();
        login("eso");
        open(withoutUpn);
        assertThat(_find(TransferFileSection.class)).isEmpty();
        open(withUpn);
        assertThat(_find(TransferFileSection.class)).hasSize(1);
    }
}
