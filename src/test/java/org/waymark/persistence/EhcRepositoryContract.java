package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.waymark.base.domain.Nation;
import org.waymark.ehc.domain.AdviceKind;
import org.waymark.ehc.domain.AssessmentStatus;
import org.waymark.ehc.domain.AssessmentStep;
import org.waymark.ehc.domain.CaseSteps;
import org.waymark.ehc.domain.ClockException;
import org.waymark.ehc.domain.EhcPause;
import org.waymark.ehc.domain.EhcAdvice;
import org.waymark.ehc.domain.EhcAdviceRepository;
import org.waymark.ehc.domain.EhcAssessment;
import org.waymark.ehc.domain.EhcAssessmentRepository;
import org.waymark.ehc.domain.EhcClock;
import org.waymark.ehc.domain.EhcDirectory;
import org.waymark.ehc.domain.RequestSource;
import org.waymark.organisation.domain.Governance;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.SupportPlan;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;

/**
 * The EHC needs assessment repositories (issue 17, V28), run unchanged on H2 in MySQL mode and on a
 * real MySQL-compatible server: an assessment from request to issue with its exceptions (a child
 * collection, open and closed) and its plan; advice asked for and returned; the queries by pupil,
 * school, plan and closing; the read side's open cases of an authority and of one caseworker with
 * their exceptions and outstanding advice; optimistic locking.
 */
abstract class EhcRepositoryContract {

    static final Instant NOW = Instant.parse("2026-11-18T10:00:00.123456Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-18");

    @Autowired LocalAuthorityRepository authorities;
    @Autowired SchoolFamilyRepository families;
    @Autowired SchoolRepository schools;
    @Autowired PupilRepository pupils;
    @Autowired SupportPlanRepository plans;
    @Autowired EhcAssessmentRepository assessments;
    @Autowired EhcAdviceRepository advice;
    @Autowired EhcDirectory directory;

    long laId;
    long schoolId;
    long pupilId;
    long otherPupilId;

    @BeforeEach
    void organisation() {
        LocalAuthority la = LocalAuthority.create("E" + System.nanoTime() % 100000, "Testshire County Council",
                null, Nation.ENGLAND, Set.of(Scheme.DESCRIPTOR_TOP_UP));
        laId = authorities.save(la).getId();
        long familyId = families.save(SchoolFamily.create(laId, "Vale")).id();
        schoolId = schools.save(School.create(laId, familyId, "7001", "Vale Primary School", Phase.PRIMARY,
                Governance.MAINTAINED, false, 200, false)).id();
        pupilId = pupil("Ada");
        otherPupilId = pupil("Ben");
    }

    private long pupil(String name) {
        PupilDetails d = new PupilDetails();
        d.setFirstName(name);
        d.setLastName("Hart");
        d.setDateOfBirth(LocalDate.of(2017, 5, 1));
        d.setYearGroup(YearGroup.Y4);
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
        return pupils.save(Pupil.enrol(d, laId, schoolId, LocalDate.of(2022, 9, 1), NOW)).getId();
    }

    EhcAssessment requested(long pupil, LocalDate on, String caseworker) {
        return assessments.save(EhcAssessment.request(laId, pupil, schoolId, new EhcAssessment.Request(
                RequestSource.PROFESSIONAL, "Dr Priya Nair", "Community paediatrician", "Seizures; misses lessons",
                List.of(AreaOfNeed.SENSORY_MEDICAL_PHYSICAL, AreaOfNeed.COGNITION_LEARNING), on), caseworker,
                "caseworker", NOW));
    }

    @Test
    void an_assessment_round_trips_from_request_to_issue_with_its_exceptions_and_plan() {
        EhcAssessment a = requested(pupilId, LocalDate.parse("2026-07-01"), "robin");
        EhcAssessment loaded = assessments.findById(a.getId()).orElseThrow();
        assertThat(loaded.getStatus()).isEqualTo(AssessmentStatus.REQUESTED);
        assertThat(loaded.getSource()).isEqualTo(RequestSource.PROFESSIONAL);
        assertThat(loaded.getRequesterRole()).isEqualTo("Community paediatrician");
        assertThat(loaded.needAreas()).containsExactly(AreaOfNeed.COGNITION_LEARNING, AreaOfNeed.SENSORY_MEDICAL_PHYSICAL);
        assertThat(loaded.getReceivedOn()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(loaded.getRecordedAt()).isCloseTo(NOW, org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));

        loaded.decideToAssess(LocalDate.parse("2026-08-01"), "");
        loaded.pause(new EhcPause(ClockException.INSTITUTION_CLOSED, "Summer closure", LocalDate.parse("2026-07-20"),
                LocalDate.parse("2026-08-31"), "robin"));
        loaded.pause(new EhcPause(ClockException.PERSONAL_CIRCUMSTANCES, "In hospital", LocalDate.parse("2026-11-01"),
                null, "robin"));
        assessments.save(loaded);
        EhcAssessment paused = assessments.findById(a.getId()).orElseThrow();
        assertThat(paused.getPauses()).extracting(EhcPause::reason).containsExactly(ClockException.INSTITUTION_CLOSED,
                ClockException.PERSONAL_CIRCUMSTANCES);
        assertThat(paused.openPause().fromOn()).isEqualTo(LocalDate.parse("2026-11-01"));
        paused.endPause(LocalDate.parse("2026-11-10"));
        long planId = plans.save(SupportPlan.start(pupilId, laId, PlanType.EHCP, "robin", NOW)).getId();
        paused.startDraft(planId);
        paused.sendDraft(LocalDate.parse("2026-11-12"));
        paused.parentsReplied(LocalDate.parse("2026-11-14"), "Vale Primary School");
        paused.consultSchool(LocalDate.parse("2026-11-14"), "Vale Primary School");
        paused.schoolAnswered(LocalDate.parse("2026-11-16"));
        paused.issue(TODAY);
        assessments.save(paused);
        EhcAssessment issued = assessments.findById(a.getId()).orElseThrow();
        assertThat(issued.getStatus()).isEqualTo(AssessmentStatus.ISSUED);
        assertThat(issued.openPause()).isNull();
        assertThat(issued.getPauses().get(1).toOn()).isEqualTo(LocalDate.parse("2026-11-10"));
        assertThat(issued.getSupportPlanId()).isEqualTo(planId);
        assertThat(issued.getSchoolNamed()).isEqualTo("Vale Primary School");
        assertThat(issued.getClosedOn()).isEqualTo(TODAY);
        assertThat(assessments.findBySupportPlanId(planId)).map(EhcAssessment::getId).contains(a.getId());
        assertThat(directory.closedCases(laId, null, 30)).extracting(EhcDirectory.ClosedCase::assessmentId)
                .containsExactly(a.getId());
        assertThat(directory.closedCases(laId, "sasha", 30)).isEmpty();
        assertThat(assessments.findByPupilIdOrderByReceivedOnDescIdDesc(pupilId)).hasSize(1);
        assertThat(assessments.findBySchoolIdAndStatusInOrderByReceivedOnDescIdDesc(schoolId,
                List.of(AssessmentStatus.REQUESTED))).isEmpty();
    }

    @Test
    void advice_is_asked_for_and_returned() {
        EhcAssessment a = requested(pupilId, LocalDate.parse("2026-09-01"), "robin");
        EhcAdvice asked = advice.save(EhcAdvice.request(a.getId(), AdviceKind.OTHER, "Sensory support service",
                LocalDate.parse("2026-09-10")));
        advice.save(EhcAdvice.request(a.getId(), AdviceKind.HEALTH, "", LocalDate.parse("2026-09-10")));
        EhcAdvice loaded = advice.findById(asked.getId()).orElseThrow();
        loaded.returned(LocalDate.parse("2026-10-30"), "robin");
        advice.save(loaded);
        List<EhcAdvice> all = advice.findByEhcAssessmentIdOrderByIdAsc(a.getId());
        assertThat(all).extracting(EhcAdvice::getKind).containsExactly(AdviceKind.OTHER, AdviceKind.HEALTH);
        assertThat(all.getFirst().getReturnedOn()).isEqualTo(LocalDate.parse("2026-10-30"));
        assertThat(all.getFirst().getAdviser()).isEqualTo("Sensory support service");
        assertThat(all.get(1).outstanding()).isTrue();
        // 6 weeks from 10 September is 22 October: back on 30 October is late
        assertThat(all.getFirst().late(List.of(), TODAY)).isTrue();
    }

    @Test
    void the_read_side_lists_open_cases_with_their_exceptions_and_outstanding_advice() {
        EhcAssessment mine = requested(pupilId, LocalDate.parse("2026-09-01"), "robin");
        mine.decideToAssess(LocalDate.parse("2026-10-01"), "");
        mine.pause(new EhcPause(ClockException.AWAY_FROM_AREA, "Abroad", LocalDate.parse("2026-11-01"), null, "robin"));
        assessments.save(mine);
        EhcAdvice back = advice.save(EhcAdvice.request(mine.getId(), AdviceKind.EDUCATION, "", LocalDate.parse("2026-10-01")));
        back.returned(LocalDate.parse("2026-10-20"), "robin");
        advice.save(back);
        EhcAdvice out = advice.save(EhcAdvice.request(mine.getId(), AdviceKind.HEALTH, "", LocalDate.parse("2026-10-01")));
        EhcAssessment theirs = requested(otherPupilId, LocalDate.parse("2026-10-01"), "sasha");
        EhcAssessment closed = requested(otherPupilId, LocalDate.parse("2026-01-05"), "robin");
        closed.refuseToAssess(LocalDate.parse("2026-02-01"), "SEN support meets the need");
        assessments.save(closed);

        List<CaseSteps.CaseFacts> all = directory.openCases(laId, null);
        assertThat(all).extracting(CaseSteps.CaseFacts::assessmentId).containsExactly(mine.getId(), theirs.getId());
        CaseSteps.CaseFacts facts = all.getFirst();
        assertThat(facts.status()).isEqualTo(AssessmentStatus.ASSESSING);
        assertThat(facts.pauses()).containsExactly(new EhcClock.Pause(LocalDate.parse("2026-11-01"), null));
        assertThat(facts.advice()).extracting(CaseSteps.OpenAdvice::adviceId).containsExactly(out.getId());
        assertThat(directory.openCases(laId, "sasha")).extracting(CaseSteps.CaseFacts::assessmentId)
                .containsExactly(theirs.getId());
        assertThat(directory.caseloads(laId)).containsEntry("robin", 1L).containsEntry("sasha", 1L);
        // the health advice is due 12 Nov, pushed back by the 18 days paused so far (1-18 Nov): 30 Nov
        assertThat(CaseSteps.due(facts, TODAY)).filteredOn(d -> d.step() == AssessmentStep.ADVICE)
                .extracting(d -> d.standing().due()).containsExactly(LocalDate.parse("2026-11-30"));
    }

    @Test
    void a_stale_copy_of_an_assessment_is_refused() {
        EhcAssessment a = requested(pupilId, LocalDate.parse("2026-11-01"), "robin");
        EhcAssessment first = assessments.findById(a.getId()).orElseThrow();
        EhcAssessment second = assessments.findById(a.getId()).orElseThrow();
        first.reassign("sasha");
        assessments.save(first);
        second.reassign("alex");
        assertThatThrownBy(() -> assessments.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(assessments.findById(a.getId()).orElseThrow().getCaseworker()).isEqualTo("sasha");
    }
}
