package org.waymark.pupils.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class PupilTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static PupilDetails details() {
        PupilDetails d = new PupilDetails();
        d.setFirstName("Cerys");
        d.setLastName("Rowlands");
        d.setDateOfBirth(LocalDate.of(2016, 5, 2));
        d.setYearGroup(YearGroup.Y6);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COMMUNICATION_INTERACTION));
        d.setPrimaryNeed(AreaOfNeed.COMMUNICATION_INTERACTION);
        d.setUpn(" r801 2001 01001");
        return d;
    }

    @Test
    void enrolling_keeps_search_keys_and_normalised_upn() {
        Pupil pupil = Pupil.enrol(details(), 1, 10, LocalDate.of(2021, 9, 1), NOW);
        assertThat(pupil.getUpn()).isEqualTo("R801200101001");
        assertThat(pupil.getSchoolId()).isEqualTo(10);
        assertThat(pupil.getEnrolments()).singleElement().satisfies(e -> assertThat(e.isCurrent()).isTrue());
        assertThat(pupil.displayName()).isEqualTo("Cerys Rowlands");
    }

    @Test
    void apply_reports_which_fields_changed() {
        Pupil pupil = Pupil.enrol(details(), 1, 10, LocalDate.of(2021, 9, 1), NOW);
        PupilDetails changed = pupil.details();
        changed.setPreferredName("Cez");
        changed.setDiagnoses(java.util.List.of("Developmental language disorder"));
        assertThat(pupil.apply(changed, NOW)).containsExactly("preferredName", "diagnoses");
        assertThat(pupil.apply(pupil.details(), NOW)).isEmpty();
        assertThat(pupil.displayName()).isEqualTo("Cez Rowlands");
    }

    @Test
    void moving_school_closes_the_old_enrolment_and_opens_a_new_one() {
        Pupil pupil = Pupil.enrol(details(), 1, 10, LocalDate.of(2021, 9, 1), NOW);
        pupil.moveTo(11, LocalDate.of(2026, 1, 5), EnrolmentEndReason.MOVED_SCHOOL);
        assertThat(pupil.getSchoolId()).isEqualTo(11);
        assertThat(pupil.getEnrolments()).hasSize(2);
        assertThat(pupil.getEnrolments().get(0).endDate()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(pupil.getEnrolments().get(0).endReason()).isEqualTo(EnrolmentEndReason.MOVED_SCHOOL);
        assertThat(pupil.getEnrolments().get(1).isCurrent()).isTrue();
        assertThatThrownBy(() -> pupil.moveTo(11, LocalDate.of(2026, 2, 1), EnrolmentEndReason.MOVED_SCHOOL))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
