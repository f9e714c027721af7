package org.waymark.pupils.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.waymark.base.domain.Nation;
import org.waymark.base.domain.Violation;

class PupilRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static PupilDetails valid() {
        PupilDetails d = new PupilDetails();
        d.setFirstName("Ffion");
        d.setLastName("Llewellyn-Jones");
        d.setDateOfBirth(LocalDate.of(2017, 3, 14)); // 9 at 1 Sept 2026: Year 5
        d.setYearGroup(YearGroup.Y5);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING, AreaOfNeed.ANXIETY_RELATED));
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        d.setUpn("R801200101001");
        return d;
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void valid_details_pass() {
        assertThat(PupilRules.validate(valid(), Nation.WALES, TODAY)).isEmpty();
    }

    @Test
    void names_must_be_present_short_and_made_of_letters() {
        assertThat(PupilRules.checkName("")).contains("pupil.name.required");
        assertThat(PupilRules.checkName("A".repeat(101))).contains("pupil.name.tooLong");
        assertThat(PupilRules.checkName("R2D2")).contains("pupil.name.characters");
        assertThat(PupilRules.checkName("O'Neill")).isEmpty();
        assertThat(PupilRules.checkName("Siân")).isEmpty();
        assertThat(PupilRules.checkName("Zoë-Ann")).isEmpty();
    }

    @Test
    void date_of_birth_must_be_plausible() {
        assertThat(PupilRules.checkDateOfBirth(null, TODAY)).contains("pupil.dob.required");
        assertThat(PupilRules.checkDateOfBirth(TODAY.plusDays(1), TODAY)).contains("pupil.dob.future");
        assertThat(PupilRules.checkDateOfBirth(TODAY.minusYears(1), TODAY)).contains("pupil.dob.tooYoung");
        assertThat(PupilRules.checkDateOfBirth(TODAY.minusYears(26), TODAY)).contains("pupil.dob.tooOld");
        assertThat(PupilRules.checkDateOfBirth(TODAY.minusYears(2), TODAY)).isEmpty();
        assertThat(PupilRules.checkDateOfBirth(TODAY.minusYears(25), TODAY)).isEmpty();
    }

    @Test
    void year_group_must_belong_to_the_nation_and_fit_the_age() {
        assertThat(PupilRules.checkYearGroup(YearGroup.P5, LocalDate.of(2017, 3, 14), Nation.ENGLAND, TODAY))
                .contains("pupil.yearGroup.wrongNation");
        assertThat(PupilRules.checkYearGroup(YearGroup.Y11, LocalDate.of(2017, 3, 14), Nation.ENGLAND, TODAY))
                .contains("pupil.yearGroup.age");
        assertThat(PupilRules.checkYearGroup(YearGroup.Y4, LocalDate.of(2017, 3, 14), Nation.ENGLAND, TODAY)).isEmpty();
        assertThat(PupilRules.checkYearGroup(YearGroup.P5, LocalDate.of(2017, 3, 14), Nation.SCOTLAND, TODAY)).isEmpty();
    }

    @Test
    void upn_only_outside_scotland_and_candidate_number_only_inside() {
        assertThat(PupilRules.checkUpn("R801200101001", Nation.SCOTLAND)).contains("pupil.upn.notScotland");
        assertThat(PupilRules.checkCandidateNumber("123456789", Nation.ENGLAND)).contains("pupil.scn.scotlandOnly");
        assertThat(PupilRules.checkCandidateNumber("123456789", Nation.SCOTLAND)).isEmpty();
        assertThat(PupilRules.checkCandidateNumber("12345678", Nation.SCOTLAND)).contains("pupil.scn.format");
        assertThat(PupilRules.checkCandidateNumber("12345678A", Nation.SCOTLAND)).contains("pupil.scn.format");
        assertThat(PupilRules.checkUpn(null, Nation.ENGLAND)).isEmpty();
    }

    @Test
    void primary_need_must_be_among_the_areas() {
        PupilDetails d = valid();
        d.setPrimaryNeed(AreaOfNeed.SENSORY_MEDICAL_PHYSICAL);
        assertThat(PupilRules.validate(d, Nation.ENGLAND, TODAY))
                .containsExactly(Violation.of("primaryNeed", "pupil.primaryNeed.notInAreas"));
        d.setAreasOfNeed(EnumSet.noneOf(AreaOfNeed.class));
        assertThat(fields(PupilRules.validate(d, Nation.ENGLAND, TODAY))).contains("areasOfNeed", "primaryNeed");
    }

    @Test
    void authorities_are_codes_of_the_uk_list_and_an_unmatched_name_is_named_in_the_message() {
        PupilDetails d = valid();
        d.setHomeAuthority("Birmingham City Council");
        assertThat(PupilRules.validate(d, Nation.ENGLAND, TODAY))
                .containsExactly(Violation.of("homeAuthority", "pupil.authority.unknown"));
        d.setHomeAuthority("330");
        assertThat(PupilRules.validate(d, Nation.ENGLAND, TODAY)).isEmpty();
        d.setHomeAuthorityUnmatched("Old Shire"); // kept, not refused: the school may save other changes
        d.setHomeAuthority(null);
        assertThat(PupilRules.validate(d, Nation.ENGLAND, TODAY)).isEmpty();
        d.setLookedAfter(true);
        d.setLookedAfterByUnmatched("Borsetshire");
        assertThat(PupilRules.validate(d, Nation.ENGLAND, TODAY))
                .containsExactly(Violation.of("lookedAfterBy", "pupil.authority.unmatched", "Borsetshire"));
        d.setLookedAfterBy("ZZZ");
        assertThat(PupilRules.validate(d, Nation.ENGLAND, TODAY))
                .containsExactly(Violation.of("lookedAfterBy", "pupil.authority.unknown"));
        d.setLookedAfterBy("681");
        assertThat(PupilRules.validate(d, Nation.ENGLAND, TODAY)).isEmpty();
    }

    @Test
    void looked_after_needs_the_authority_and_scottish_fields_stay_in_scotland() {
        PupilDetails d = valid();
        d.setLookedAfter(true);
        d.setNamedPerson("Head teacher");
        d.setSifStage(3);
        assertThat(fields(PupilRules.validate(d, Nation.ENGLAND, TODAY)))
                .containsExactlyInAnyOrder("lookedAfterBy", "namedPerson", "sifStage");
        assertThat(PupilRules.checkSifStage(4, Nation.SCOTLAND)).contains("pupil.sifStage.range");
        assertThat(PupilRules.checkSifStage(3, Nation.SCOTLAND)).isEmpty();
    }

    @Test
    void scottish_school_year_starts_in_august() {
        assertThat(PupilRules.startOfSchoolYear(LocalDate.of(2026, 8, 20), Nation.SCOTLAND))
                .isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(PupilRules.startOfSchoolYear(LocalDate.of(2026, 8, 20), Nation.ENGLAND))
                .isEqualTo(LocalDate.of(2025, 9, 1));
    }
}
