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
import org.waymark.organisation.domain.Governance;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.plans.domain.AnnualReviewClock;
import org.waymark.plans.domain.EhcAnnualReview;
import org.waymark.plans.domain.EhcAnnualReviewRepository;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanDirectory;
import org.waymark.plans.domain.PlanFixtures;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.PlanVersion;
import org.waymark.plans.domain.PlanVersionRepository;
import org.waymark.plans.domain.ReviewDecision;
import org.waymark.plans.domain.SupportPlan;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.security.domain.ListScope;

/**
 * EHC plans in sections and their annual reviews (issue 17; V31), run unchanged on H2 in MySQL
 * mode and on a real MySQL-compatible server: a plan version's sections A–K stored as its
 * document; an annual review through every step with its next step and date, its decision's who,
 * when and why, optimistic locking; and the review list's step and overdue filter from it.
 */
abstract class EhcReviewRepositoryContract {

    static final Instant NOW = Instant.parse("2026-11-18T10:00:00.123456Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-18");

    @Autowired LocalAuthorityRepository authorities;
    @Autowired SchoolFamilyRepository families;
    @Autowired SchoolRepository schools;
    @Autowired PupilRepository pupils;
    @Autowired SupportPlanRepository plans;
    @Autowired PlanVersionRepository versions;
    @Autowired EhcAnnualReviewRepository reviews;
    @Autowired PlanDirectory directory;

    long laId;
    long schoolId;

    @BeforeEach
    void organisation() {
        LocalAuthority la = LocalAuthority.create("E" + System.nanoTime() % 100000, "Ehcshire", null, Nation.ENGLAND,
                Set.of(Scheme.DESCRIPTOR_TOP_UP));
        laId = authorities.save(la).getId();
        long familyId = families.save(SchoolFamily.create(laId, "North")).id();
        schoolId = schools.save(School.create(laId, familyId, "2001", "Rowan Primary", Phase.PRIMARY,
                Governance.MAINTAINED, false, 200, false)).id();
    }

    long ehcp(String first) {
        PupilDetails d = new PupilDetails();
        d.setFirstName(first);
        d.setLastName("Tester");
        d.setDateOfBirth(LocalDate.of(2016, 4, 1));
        d.setYearGroup(YearGroup.Y4);
        d.setPrimaryNeed(AreaOfNeed.COMMUNICATION_INTERACTION);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COMMUNICATION_INTERACTION));
        Pupil pupil = pupils.save(Pupil.enrol(d, laId, schoolId, LocalDate.of(2021, 9, 1), NOW));
        SupportPlan plan = SupportPlan.start(pupil.getId(), laId, PlanType.EHCP, "cw", NOW);
        plan.agree("cw", NOW, TODAY.minusMonths(12));
        return plans.save(plan).getId();
    }

    @Test
    void a_version_keeps_its_ehc_sections_as_its_document() {
        long planId = ehcp("Ada");
        PlanContent content = org.waymark.plans.domain.EhcSectionsFixtures.ehcp();
        versions.save(PlanVersion.draft(planId, 1, content, "cw", NOW));
        assertThat(versions.findBySupportPlanIdAndNumber(planId, 1).orElseThrow().content()).isEqualTo(content);
        assertThat(content.ehc()).isNotEqualTo(PlanFixtures.content().ehc());
    }

    @Test
    void an_annual_review_is_stored_through_its_steps_with_its_next_step_and_decision() {
        long planId = ehcp("Bea");
        EhcAnnualReview r = reviews.save(EhcAnnualReview.schedule(planId, laId, 1, TODAY.minusMonths(12),
                TODAY.minusDays(30), "cw", NOW));
        EhcAnnualReview loaded = reviews.findById(r.getId()).orElseThrow();
        assertThat(loaded.getMeetingDue()).isEqualTo(TODAY);
        assertThat(loaded.getNextStep()).isEqualTo(AnnualReviewClock.Step.PAPERWORK);
        assertThat(loaded.getNextDueOn()).isEqualTo(TODAY.minusDays(44));
        loaded.paperworkSent(TODAY.minusDays(50));
        loaded.held(TODAY.minusDays(30));
        loaded.reportSent(TODAY.minusDays(20));
        loaded.decide(ReviewDecision.AMEND, TODAY.minusDays(10), "Therapy moves into class", "cw", NOW);
        reviews.save(loaded);

        EhcAnnualReview again = reviews.findFirstBySupportPlanIdAndClosedFalseOrderByIdDesc(planId).orElseThrow();
        assertThat(again.getDecision()).isEqualTo(ReviewDecision.AMEND);
        assertThat(again.getDecidedBy()).isEqualTo("cw");
        assertThat(again.getDecidedAt().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(NOW.truncatedTo(ChronoUnit.SECONDS));
        assertThat(again.getDecisionReason()).isEqualTo("Therapy moves into class");
        assertThat(again.getNextStep()).isEqualTo(AnnualReviewClock.Step.AMENDED_PLAN);
        assertThat(again.getNextDueOn()).isEqualTo(TODAY.minusDays(10).plusDays(56));

        EhcAnnualReview stale = reviews.findById(r.getId()).orElseThrow();
        again.amendedPlanIssued(TODAY);
        reviews.save(again);
        assertThat(reviews.findFirstBySupportPlanIdAndClosedFalseOrderByIdDesc(planId)).isEmpty();
        assertThat(reviews.findBySupportPlanIdOrderByIdDesc(planId)).singleElement()
                .satisfies(x -> assertThat(x.isClosed()).isTrue());
        stale.close();
        assertThatThrownBy(() -> reviews.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void the_review_list_brings_the_open_review_s_step_and_filters_on_its_date() {
        long waiting = ehcp("Cai");      // in force, review due today: not yet overdue
        long reporting = ehcp("Dee");    // met 20 days ago: report 6 days overdue
        long closed = ehcp("Eli");       // a closed review leaves the plan as it was
        EhcAnnualReview r = EhcAnnualReview.schedule(reporting, laId, 1, TODAY.minusMonths(12), TODAY.minusDays(20),
                "cw", NOW);
        r.paperworkSent(TODAY.minusDays(40));
        r.held(TODAY.minusDays(20));
        reviews.save(r);
        EhcAnnualReview done = EhcAnnualReview.schedule(closed, laId, 1, TODAY.minusMonths(12), TODAY.minusDays(20),
                "cw", NOW);
        done.held(TODAY.minusDays(20));
        done.decide(ReviewDecision.MAINTAIN, TODAY.minusDays(5), "Fits", "cw", NOW);
        reviews.save(done);

        ListScope authority = new ListScope(ListScope.Kind.AUTHORITY, Set.of(laId));
        List<PlanDirectory.ReviewRow> rows = directory.reviews(authority, false, TODAY, 0, 50);
        assertThat(rows).extracting(PlanDirectory.ReviewRow::planId).containsExactlyInAnyOrder(waiting, reporting, closed);
        PlanDirectory.ReviewRow row = rows.stream().filter(x -> x.planId() == reporting).findFirst().orElseThrow();
        assertThat(row.step()).isEqualTo(AnnualReviewClock.Step.REPORT);
        assertThat(row.stepDue()).isEqualTo(TODAY.minusDays(6));
        assertThat(rows.stream().filter(x -> x.planId() == closed).findFirst().orElseThrow().step()).isNull();
        assertThat(directory.reviews(authority, true, TODAY, 0, 50)).extracting(PlanDirectory.ReviewRow::planId)
                .containsExactly(reporting);
        assertThat(directory.reviews(authority, true, TODAY.plusDays(1), 0, 50))
                .extracting(PlanDirectory.ReviewRow::planId).containsExactlyInAnyOrder(waiting, reporting, closed);
        // the work queues: open annual reviews by their next step's date
        assertThat(directory.annualReviewsDue(authority, TODAY, 10)).extracting(PlanDirectory.ReviewRow::planId,
                PlanDirectory.ReviewRow::step).containsExactly(
                org.assertj.core.groups.Tuple.tuple(reporting, AnnualReviewClock.Step.REPORT));
        assertThat(directory.annualReviewsDue(authority, TODAY.minusDays(7), 10)).isEmpty();
        assertThat(directory.annualReviewsDue(new ListScope(ListScope.Kind.SCHOOL, Set.of(schoolId)), TODAY, 10))
                .extracting(PlanDirectory.ReviewRow::planId).containsExactly(reporting);
    }
}
