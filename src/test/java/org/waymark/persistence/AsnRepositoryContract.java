package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.asn.domain.AsnCategory;
import org.waymark.asn.domain.AsnRequest;
import org.waymark.asn.domain.AsnRequestRepository;
import org.waymark.asn.domain.AsnRequestStatus;
import org.waymark.asn.domain.AsnSchoolNotes;
import org.waymark.asn.domain.AsnSchoolNotesRepository;
import org.waymark.asn.domain.AsnSettings;
import org.waymark.asn.domain.AsnSettingsRepository;
import org.waymark.asn.domain.RequestAnswers;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.AttachmentRepository;
import org.waymark.attachments.domain.FileType;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.Governance;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;

/**
 * The ASN hours repositories (issue 15), run unchanged on H2 in MySQL mode and on a real
 * MySQL-compatible server: V20 and V21, a request with its answers and steps, the derived
 * queries, optimistic locking, one notes record per school, and the columns the feature shares
 * with attachments and the ledger (its owner type, the individual protocol, the hours stream and
 * the scrutiny source).
 */
abstract class AsnRepositoryContract {

    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired LocalAuthorityRepository authorities;
    @Autowired SchoolFamilyRepository families;
    @Autowired SchoolRepository schools;
    @Autowired PupilRepository pupils;
    @Autowired AsnRequestRepository requests;
    @Autowired AsnSchoolNotesRepository notes;
    @Autowired AttachmentRepository attachments;
    @Autowired AllocationRepository allocations;
    @Autowired AsnSettingsRepository settings;
    @Autowired org.waymark.asn.domain.AsnMoveRepository moves;

    long laId;
    long schoolId;
    long otherSchoolId;
    long pupilId;

    @BeforeEach
    void organisation() {
        laId = authorities.save(LocalAuthority.create("S" + System.nanoTime() % 100000, "Testmuir", null,
                Nation.SCOTLAND, Set.of(Scheme.ASN_HOURS))).getId();
        long familyId = families.save(SchoolFamily.create(laId, "Glen ASG")).id();
        schoolId = schools.save(School.create(laId, familyId, "5001", "Glen Primary", Phase.PRIMARY,
                Governance.MAINTAINED, false, 210, false)).id();
        otherSchoolId = schools.save(School.create(laId, familyId, "5002", "Glen Academy", Phase.SECONDARY,
                Governance.MAINTAINED, false, 800, false)).id();
        pupilId = pupil("Eilidh");
    }

    long pupil(String first) {
        PupilDetails d = new PupilDetails();
        d.setFirstName(first);
        d.setLastName("Munro");
        d.setDateOfBirth(LocalDate.of(2017, 5, 1));
        d.setYearGroup(YearGroup.P4);
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
        d.setSifStage(3);
        return pupils.save(Pupil.enrol(d, laId, schoolId, LocalDate.of(2022, 8, 17), NOW)).getId();
    }

    static RequestAnswers answers() {
        RequestAnswers a = new RequestAnswers();
        a.setSifStage(3);
        a.setCategory(AsnCategory.PERSISTENT_DISTRESS);
        a.setMedicalNeed(true);
        a.setNeeds("  Leaves the room several times a day in distress.  ");
        a.setHoursAsked(new BigDecimal("17.25"));
        a.setSpecialistHours(new BigDecimal("2.5"));
        a.setIndependentHours(new BigDecimal("1"));
        a.setDifferentiation("Task boards");
        a.setIndependence("Break card used alone");
        a.setEquipment("Ear defenders");
        a.setExceptional(true);
        a.setExceptionalReason("Two adults for safe handling");
        return a;
    }

    AsnRequest draft(long pupil) {
        return requests.save(AsnRequest.start(laId, schoolId, pupil, 41L, answers(), "senco.sc", NOW));
    }

    @Test
    void a_request_round_trips_with_its_answers_and_every_step() {
        AsnRequest request = draft(pupilId);
        request.submit(41L, 2, "senco.sc", NOW.plusSeconds(60));
        requests.save(request);
        AsnRequest loaded = requests.findById(request.getId()).orElseThrow();
        loaded.decide(new BigDecimal("15.5"), "Timetable supports fifteen and a half hours", "eso.sc",
                NOW.plusSeconds(120), LocalDate.of(2026, 11, 18));
        requests.save(loaded);

        AsnRequest decided = requests.findById(request.getId()).orElseThrow();
        RequestAnswers a = decided.answers();
        assertThat(a.getCategory()).isEqualTo(AsnCategory.PERSISTENT_DISTRESS);
        assertThat(a.getNeeds()).isEqualTo("Leaves the room several times a day in distress.");
        assertThat(a.getHoursAsked()).isEqualByComparingTo("17.25");
        assertThat(a.getSpecialistHours()).isEqualByComparingTo("2.5");
        assertThat(a.isMedicalNeed()).isTrue();
        assertThat(a.claimsExceptional()).isTrue();
        assertThat(a.getExceptionalReason()).isEqualTo("Two adults for safe handling");
        assertThat(decided.getPlanId()).isEqualTo(41L);
        assertThat(decided.getPlanVersion()).isEqualTo(2);
        assertThat(decided.getStatus()).isEqualTo(AsnRequestStatus.DECIDED);
        assertThat(decided.getDecidedHours()).isEqualByComparingTo("15.5");
        assertThat(decided.getDecidedOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(decided.getSteps()).extracting(s -> s.status()).containsExactly(AsnRequestStatus.DRAFT,
                AsnRequestStatus.SUBMITTED, AsnRequestStatus.DECIDED);
        assertThat(decided.getSteps().getLast().note()).isEqualTo("Timetable supports fifteen and a half hours");
    }

    @Test
    void a_stale_request_is_refused() {
        AsnRequest request = draft(pupilId);
        AsnRequest first = requests.findById(request.getId()).orElseThrow();
        AsnRequest second = requests.findById(request.getId()).orElseThrow();
        first.answer(answers(), 41L, NOW.plusSeconds(10));
        requests.save(first);
        second.withdraw("Moved away", "head.sc", NOW.plusSeconds(20));
        assertThatThrownBy(() -> requests.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void requests_are_found_by_school_authority_and_pupil_with_their_status() {
        long other = pupil("Struan");
        AsnRequest open = draft(pupilId);
        AsnRequest submitted = draft(other);
        submitted.submit(41L, 1, "senco.sc", NOW.plusSeconds(30));
        requests.save(submitted);

        assertThat(requests.findBySchoolIdOrderByUpdatedAtDesc(schoolId)).extracting(AsnRequest::getId)
                .containsExactly(submitted.getId(), open.getId());
        assertThat(requests.findBySchoolIdAndStatusInOrderByUpdatedAtDesc(schoolId,
                List.of(AsnRequestStatus.SUBMITTED, AsnRequestStatus.DECIDED))).extracting(AsnRequest::getId)
                .containsExactly(submitted.getId());
        assertThat(requests.findBySchoolIdOrderByUpdatedAtDesc(otherSchoolId)).isEmpty();
        assertThat(requests.findByLocalAuthorityIdAndStatusIn(laId, List.of(AsnRequestStatus.SUBMITTED)))
                .extracting(AsnRequest::getId).containsExactly(submitted.getId());
        assertThat(requests.existsByPupilIdAndStatusIn(pupilId, List.of(AsnRequestStatus.DRAFT,
                AsnRequestStatus.SUBMITTED))).isTrue();
        assertThat(requests.existsByPupilIdAndStatusIn(pupilId, List.of(AsnRequestStatus.DECIDED))).isFalse();
    }

    @Test
    void a_school_has_one_notes_record_kept_with_optimistic_locking() {
        AsnSchoolNotes saved = notes.save(AsnSchoolNotes.blank(laId, schoolId, "eso.sc", NOW));
        AsnSchoolNotes first = notes.findBySchoolId(schoolId).orElseThrow();
        AsnSchoolNotes second = notes.findBySchoolId(schoolId).orElseThrow();
        first.write("Two assistants share P1-P3 mornings", "One pupil support worker", "SENCO meets weekly",
                "eso.sc", NOW.plusSeconds(5));
        notes.save(first);
        second.write("Other", "Other", "Other", "eso.sc", NOW.plusSeconds(6));
        assertThatThrownBy(() -> notes.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(notes.findById(saved.getId()).orElseThrow().getOtherStaff()).isEqualTo("One pupil support worker");
        assertThatThrownBy(() -> notes.save(AsnSchoolNotes.blank(laId, schoolId, "eso.sc", NOW)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void a_request_keeps_its_documents_and_its_decision_is_a_ledger_line_of_hours() {
        AsnRequest request = draft(pupilId);
        Attachment protocol = attachments.save(Attachment.of(OwnerType.ASN_HOURS, request.getId(), pupilId,
                AttachmentKind.INDIVIDUAL_PROTOCOL, "protocol.pdf", FileType.PDF, "a".repeat(36), 10, "0".repeat(64),
                "senco.sc", NOW));
        assertThat(attachments.findByOwnerTypeAndOwnerIdAndRemovedAtIsNullOrderByUploadedAt(OwnerType.ASN_HOURS,
                request.getId())).extracting(Attachment::getKind).containsExactly(AttachmentKind.INDIVIDUAL_PROTOCOL);
        assertThat(protocol.getId()).isNotNull();

        Allocation line = allocations.save(Allocation.open(
                new Allocation.Holder(laId, pupilId, schoolId, null, null, YearGroup.P4), FundingStream.ASN_HOURS,
                null, new BigDecimal("15.5"), LocalDate.of(2027, 1, 7), LocalDate.of(2027, 6, 30),
                new Allocation.Origin(AllocationSource.SCRUTINY, request.getId(), LocalDate.of(2026, 11, 18),
                        "eso.sc", NOW, "Timetable supports it")));
        Allocation loaded = allocations.findById(line.getId()).orElseThrow();
        assertThat(loaded.getStream()).isEqualTo(FundingStream.ASN_HOURS);
        assertThat(loaded.getSource()).isEqualTo(AllocationSource.SCRUTINY);
        assertThat(loaded.getAmount()).isEqualByComparingTo("15.5");
    }

    @Test
    void an_authority_has_one_settings_record_kept_with_optimistic_locking() {
        AsnSettings fresh = AsnSettings.defaults(laId);
        fresh.change(new AsnSettings.Values(new BigDecimal("15.40"), new BigDecimal("6.5"), new BigDecimal("30"),
                new BigDecimal("25"), new BigDecimal("27.5"), "eso.ey.sc"), "admin.sc", NOW);
        AsnSettings saved = settings.save(fresh);
        AsnSettings first = settings.findByLocalAuthorityId(laId).orElseThrow();
        AsnSettings second = settings.findByLocalAuthorityId(laId).orElseThrow();
        assertThat(first.getHourlyRate()).isEqualByComparingTo("15.40");
        assertThat(first.getPupilsPerAssistant()).isEqualByComparingTo("6.5");
        assertThat(first.getEarlyYearsOfficer()).isEqualTo("eso.ey.sc");
        assertThat(first.weekHours(Phase.SECONDARY, YearGroup.S2)).isEqualByComparingTo("27.5");
        assertThat(first.weekHours(Phase.PRIMARY, YearGroup.ELC)).isEqualByComparingTo("30");
        first.change(new AsnSettings.Values(null, null, new BigDecimal("30"), new BigDecimal("24"),
                new BigDecimal("27.5"), null), "admin.sc", NOW.plusSeconds(5));
        settings.save(first);
        second.change(first.values(), "admin.sc", NOW.plusSeconds(6));
        assertThatThrownBy(() -> settings.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        AsnSettings loaded = settings.findById(saved.getId()).orElseThrow();
        assertThat(loaded.getHourlyRate()).isNull();
        assertThat(loaded.getEarlyYearsOfficer()).isNull();
        assertThat(loaded.getWeekPrimary()).isEqualByComparingTo("24");
        assertThatThrownBy(() -> settings.save(AsnSettings.defaults(laId))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void a_mid_term_request_keeps_its_assessment_joint_view_approval_and_reviews() {
        AsnRequest request = requests.save(AsnRequest.startMidTerm(laId, schoolId, pupilId, 41L, answers(), true,
                "senco.sc", NOW));
        request.submit(41L, 1, "senco.sc", NOW.plusSeconds(1));
        request.assess(new BigDecimal("12.5"), LocalDate.of(2027, 2, 18), "Needs an adult at transitions",
                "eso.ey.sc", NOW.plusSeconds(2), LocalDate.of(2026, 11, 18));
        requests.save(request);
        AsnRequest loaded = requests.findById(request.getId()).orElseThrow();
        assertThat(loaded.getMidTerm()).isNotNull();
        assertThat(loaded.getMidTerm().isEarlyYears()).isTrue();
        assertThat(loaded.getMidTerm().getAssessedHours()).isEqualByComparingTo("12.5");
        assertThat(loaded.getStatus()).isEqualTo(AsnRequestStatus.ASSESSED);
        loaded.join(org.waymark.asn.domain.JointView.VARIATION, new BigDecimal("10"), "Lunch covered", "eso.sc",
                NOW.plusSeconds(3));
        loaded.approve(new BigDecimal("10"), LocalDate.of(2026, 11, 4), LocalDate.of(2027, 1, 18), "As recommended",
                "inclusion.sc", NOW.plusSeconds(4), LocalDate.of(2026, 11, 18));
        loaded.review(new BigDecimal("6"), LocalDate.of(2027, 3, 1), "Settled", "eso.sc", NOW.plusSeconds(5),
                LocalDate.of(2026, 11, 18));
        requests.save(loaded);
        AsnRequest reviewed = requests.findById(request.getId()).orElseThrow();
        assertThat(reviewed.getMidTerm().getJointView()).isEqualTo(org.waymark.asn.domain.JointView.VARIATION);
        assertThat(reviewed.getMidTerm().getJointHours()).isEqualByComparingTo("10");
        assertThat(reviewed.getMidTerm().getHoursFrom()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(reviewed.getMidTerm().getReviewDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(reviewed.getMidTerm().getReviewedOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(reviewed.getDecidedHours()).isEqualByComparingTo("6");
        assertThat(reviewed.getSteps()).extracting(s -> s.status()).containsExactly(AsnRequestStatus.DRAFT,
                AsnRequestStatus.SUBMITTED, AsnRequestStatus.ASSESSED, AsnRequestStatus.RECOMMENDED,
                AsnRequestStatus.DECIDED, AsnRequestStatus.REVIEWED);
        // an annual request has none
        assertThat(requests.findById(draft(pupil("Mhairi")).getId()).orElseThrow().getMidTerm()).isNull();
    }

    @Test
    void moves_keep_their_overpayment_and_are_listed_newest_first() {
        var out = moves.save(org.waymark.asn.domain.AsnMove.of(laId, pupilId, schoolId, otherSchoolId, "MOVED_SCHOOL",
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 18),
                new BigDecimal("12.5"), 6, new BigDecimal("15.40"), new BigDecimal("231.00"), "caseworker.sc", NOW));
        var left = moves.save(org.waymark.asn.domain.AsnMove.of(laId, pupil("Calum"), schoolId, null, "LEFT",
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 19),
                new BigDecimal("8"), 3, null, null, "eso.sc", NOW.plusSeconds(5)));
        assertThat(moves.findByLocalAuthorityIdOrderByRecordedOnDescIdDesc(laId))
                .extracting(org.waymark.asn.domain.AsnMove::id).containsExactly(left.id(), out.id());
        var loaded = moves.findById(out.id()).orElseThrow();
        assertThat(loaded.overpayment()).isEqualByComparingTo("231.00");
        assertThat(loaded.toSchoolId()).isEqualTo(otherSchoolId);
        assertThat(moves.findById(left.id()).orElseThrow().hourlyRate()).isNull();
    }
}
