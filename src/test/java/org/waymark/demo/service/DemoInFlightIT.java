package org.waymark.demo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.allocations.domain.AllocationEnd;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.service.AllocationService;
import org.waymark.bids.domain.BidDirectory;
import org.waymark.bids.domain.BidFilter;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.service.BidService;
import org.waymark.moderation.domain.CaseKind;
import org.waymark.moderation.domain.MeetingStatus;
import org.waymark.moderation.service.ModerationService;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.service.AppealService;
import org.waymark.panels.service.InterimService;
import org.waymark.panels.service.LetterService;
import org.waymark.panels.service.PanelService;
import org.waymark.security.service.AccountService;

/**
 * A newcomer who signs in to the demo sees the England top-up scheme's work in flight, made
 * through the services on first start: each demo role's lists hold records in each state, with
 * something due and something overdue.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-demo-in-flight;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.work-in-flight=true"})
@ActiveProfiles("test")
class DemoInFlightIT {

    @Autowired AccountService accounts;
    @Autowired BidService bids;
    @Autowired ModerationService moderation;
    @Autowired PanelService panels;
    @Autowired LetterService letters;
    @Autowired AppealService appeals;
    @Autowired InterimService interims;
    @Autowired AllocationService ledger;
    @Autowired Clock clock;
    @Autowired org.waymark.imports.service.ImportUndoService importUndo;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_school_senco_sees_bids_in_every_state_of_the_scheme() {
        SignIn.as(accounts, "senco");
        List<BidStatus> statuses = bids.list(BidFilter.none(), 0, 100).stream().map(BidDirectory.BidRow::status)
                .toList();
        assertThat(statuses).contains(BidStatus.DRAFT, BidStatus.SUBMITTED, BidStatus.RETURNED, BidStatus.AGREED,
                BidStatus.FORWARDED, BidStatus.DECIDED, BidStatus.APPEALED);
    }

    @Test
    void the_parent_sees_a_bid_for_each_child() {
        var parent = SignIn.as(accounts, "parent");
        assertThat(parent.scope().childIds()).hasSize(2)
                .allSatisfy(child -> assertThat(bids.bidsOf(child)).isNotEmpty());
    }

    @Test
    void the_family_senco_has_a_meeting_open_today_with_bids_hln_holders_and_afn_to_return() {
        SignIn.as(accounts, "family.senco");
        var meetings = moderation.meetingsOfMyFamily();
        assertThat(meetings).anySatisfy(m -> assertThat(m.getStatus()).isEqualTo(MeetingStatus.CLOSED));
        var today = meetings.stream().filter(m -> m.getMeetingDate().equals(LocalDate.now(clock))
                && m.getStatus() == MeetingStatus.OPEN).findFirst().orElseThrow();
        var details = moderation.details(java.util.Objects.requireNonNull(today.getId()));
        assertThat(details.cases()).extracting(c -> c.meetingCase().kind())
                .contains(CaseKind.BID, CaseKind.HLN_CHECK);
        // the holders come from the ledger: the pupil who moved in with HLN and the interim award
        assertThat(details.cases()).filteredOn(c -> c.meetingCase().kind() == CaseKind.HLN_CHECK).hasSizeGreaterThanOrEqualTo(3);
        assertThat(details.afnToReturn()).hasSize(1);
    }

    @Test
    void the_caseworker_has_panels_to_run_letters_due_and_overdue_and_a_live_ledger() {
        SignIn.as(accounts, "caseworker");
        var open = panels.meetings().stream().filter(m -> m.getMeetingDate().equals(LocalDate.now(clock))).toList();
        assertThat(open).anySatisfy(m -> {
            assertThat(m.getKind()).isEqualTo(PanelKind.HLN_MAIN);
            assertThat(m.getCases()).extracting(c -> c.kind())
                    .contains(org.waymark.panels.domain.CaseKind.NEW_BID,
                            org.waymark.panels.domain.CaseKind.INTERIM_REVIEW)
                    .hasSizeGreaterThanOrEqualTo(2);
        });
        assertThat(open).anySatisfy(m -> {
            assertThat(m.getKind()).isEqualTo(PanelKind.APPEALS);
            assertThat(m.getCases()).extracting(c -> c.kind()).containsExactly(
                    org.waymark.panels.domain.CaseKind.APPEAL);
        });
        assertThat(letters.due()).anySatisfy(l -> assertThat(l.overdue()).isTrue())
                .anySatisfy(l -> assertThat(l.overdue()).isFalse());
        var lines = ledger.ledger(LocalDate.now(clock), FundingStream.HLN, null, 0, 100);
        assertThat(lines).anySatisfy(l -> assertThat(l.startDate()).isBeforeOrEqualTo(LocalDate.now(clock)));
        // the pupil who moved: the old school's line ended MOVED, the new school's runs on
        assertThat(ledger.ledger(LocalDate.now(clock).minusYears(1), FundingStream.HLN, null, 0, 100))
                .anySatisfy(l -> assertThat(l.endReason()).isEqualTo(AllocationEnd.MOVED));
        assertThat(ledger.ledger(LocalDate.now(clock), FundingStream.FNF, null, 0, 100)).isNotEmpty();
    }

    @Test
    void the_panel_chair_has_an_interim_decision_and_the_members_their_meetings() {
        SignIn.as(accounts, "lead.send");
        assertThat(interims.list()).isNotEmpty();
        SignIn.as(accounts, "panel");
        assertThat(panels.meetings()).anySatisfy(m -> assertThat(m.getKind()).isEqualTo(PanelKind.HLN_MAIN));
        SignIn.as(accounts, "personalisation");
        assertThat(panels.meetings()).anySatisfy(m -> assertThat(m.getKind()).isEqualTo(PanelKind.APPEALS));
    }

    @Test
    void the_head_teacher_sees_the_appeal_and_the_officers_the_ledger() {
        SignIn.as(accounts, "head");
        assertThat(appeals.mine()).isNotEmpty();
        for (String officer : List.of("eso", "finance")) {
            SignIn.as(accounts, officer);
            assertThat(ledger.ledger(LocalDate.now(clock), null, null, 0, 100)).as(officer).isNotEmpty();
        }
    }

    @Autowired org.waymark.ehc.service.AssessmentListService ehcLists;
    @Autowired org.waymark.ehc.service.EhcRequestService ehcRequests;

    /** England's EHC needs assessments (issue 17): every step, some overdue, one paused, the team leader's view. */
    @Test
    void the_team_leader_sees_assessments_at_every_step_some_overdue_one_paused() {
        SignIn.as(accounts, "teamlead");
        var all = ehcLists.lists(new org.waymark.ehc.service.AssessmentListService.Filter(null, null, false));
        java.util.Set<org.waymark.ehc.domain.AssessmentStep> overdue = new java.util.HashSet<>();
        all.overdue().forEach(r -> overdue.add(r.due().step()));
        assertThat(overdue).contains(org.waymark.ehc.domain.AssessmentStep.DECISION,
                org.waymark.ehc.domain.AssessmentStep.ADVICE, org.waymark.ehc.domain.AssessmentStep.CONSULTATION,
                org.waymark.ehc.domain.AssessmentStep.FINAL);
        java.util.Set<org.waymark.ehc.domain.AssessmentStep> open = new java.util.HashSet<>();
        java.util.stream.Stream.of(all.overdue(), all.thisWeek(), all.later()).flatMap(List::stream)
                .forEach(r -> open.add(r.due().step()));
        assertThat(open).containsExactlyInAnyOrder(org.waymark.ehc.domain.AssessmentStep.values());
        assertThat(java.util.stream.Stream.of(all.overdue(), all.thisWeek(), all.later()).flatMap(List::stream))
                .anyMatch(r -> r.due().standing().paused());
        assertThat(all.thisWeek()).isNotEmpty();
        assertThat(all.closed()).extracting(c -> c.closed().status()).contains(
                org.waymark.ehc.domain.AssessmentStatus.ISSUED, org.waymark.ehc.domain.AssessmentStatus.NOT_ASSESSED,
                org.waymark.ehc.domain.AssessmentStatus.NOT_ISSUED);
        assertThat(all.teamLeader()).isTrue();
        assertThat(all.overdueByCaseworker()).containsKey("Sasha Byrne");
        SignIn.as(accounts, "caseworker");
        assertThat(ehcLists.myDueSteps()).isNotEmpty();
        SignIn.as(accounts, "parent");
        assertThat(ehcRequests.mine()).extracting(r -> r.assessment().getStatus())
                .contains(org.waymark.ehc.domain.AssessmentStatus.REQUESTED);
    }

    @Autowired org.waymark.plans.service.PlanService plans;
    @Autowired org.waymark.plans.service.EhcReviewService ehcReviews;

    @Test
    void the_caseworker_sees_ehc_plans_in_sections_and_annual_reviews_at_each_step_some_overdue() {
        SignIn.as(accounts, "caseworker");
        LocalDate today = LocalDate.now(clock);
        var ehcps = plans.reviews(false, 0, 500).stream()
                .filter(r -> r.type() == org.waymark.plans.domain.PlanType.EHCP).toList();
        assertThat(ehcps).extracting(org.waymark.plans.domain.PlanDirectory.ReviewRow::step).contains(null,
                org.waymark.plans.domain.AnnualReviewClock.Step.MEETING,
                org.waymark.plans.domain.AnnualReviewClock.Step.REPORT,
                org.waymark.plans.domain.AnnualReviewClock.Step.DECISION,
                org.waymark.plans.domain.AnnualReviewClock.Step.AMENDED_PLAN);
        // overdue: a meeting not yet set, the papers before a meeting, a report; due: a decision, an amended plan
        assertThat(ehcps).filteredOn(r -> r.step() == null && r.overdue(today)).isNotEmpty();
        var meeting = ehcps.stream().filter(r -> r.step() == org.waymark.plans.domain.AnnualReviewClock.Step.MEETING)
                .findFirst().orElseThrow();
        assertThat(meeting.overdue(today)).isTrue(); // set for ten days' time, past its 12 months
        assertThat(ehcReviews.annualReview(meeting.planId()).steps()).filteredOn(
                st -> st.step() == org.waymark.plans.domain.AnnualReviewClock.Step.PAPERWORK)
                .singleElement().satisfies(st -> assertThat(st.daysLeft(today)).isEqualTo(-4));
        assertThat(ehcps).filteredOn(r -> r.step() == org.waymark.plans.domain.AnnualReviewClock.Step.DECISION)
                .allSatisfy(r -> assertThat(r.daysLeft(today)).isEqualTo(8));
        var amended = ehcps.stream().filter(r -> r.step() == org.waymark.plans.domain.AnnualReviewClock.Step.AMENDED_PLAN)
                .findFirst().orElseThrow();
        assertThat(ehcReviews.annualReview(amended.planId()).letter()).isTrue();
        // a plan issued today in sections A–K
        assertThat(ehcps).anySatisfy(r -> {
            var content = plans.open(r.planId()).shown();
            assertThat(content.ehc().placement()).isNotNull();
            assertThat(content.ehc().healthProvision()).isNotEmpty();
            assertThat(content.ehc().advice()).isNotEmpty();
        });
    }

    @Autowired org.waymark.reporting.service.DashboardService reportingDashboard;

    /** Issue 19: the demo's dashboard shows EHC assessments on time and late, and reviews held on time and late. */
    @Test
    void the_dashboard_shows_assessments_and_reviews_on_time_and_late() {
        org.waymark.SignIn.as(accounts, "caseworker");
        org.waymark.reporting.domain.ReportFilter year = org.waymark.reporting.domain.ReportFilter.year(
                org.waymark.base.domain.Dates.financialYearOf(LocalDate.now(clock)));
        List<org.waymark.reporting.domain.ReportTable> tables = reportingDashboard.dashboard(year,
                java.util.Locale.ENGLISH).tables();
        org.waymark.reporting.domain.ReportTable assessments = tables.stream().filter(t -> t.id().equals("assessments"))
                .findFirst().orElseThrow();
        assertThat(assessments.count("Final plan issued (20 weeks overall) — done on time")).isPositive();
        assertThat(assessments.count("Final plan issued (20 weeks overall) — done late")).isPositive();
        assertThat(assessments.count("Decision whether to assess (6 weeks) — done on time")).isPositive();
        assertThat(assessments.count("Decision whether to assess (6 weeks) — done late")).isPositive();
        org.waymark.reporting.domain.ReportTable reviews = tables.stream().filter(t -> t.id().equals("reviews"))
                .findFirst().orElseThrow();
        assertThat(reviews.count("Reviews held on time this year")).isPositive();
        // the one review the demo holds late (DemoLateReview), a month after the day it was due
        assertThat(reviews.count("Reviews held late this year")).isEqualTo(1);
    }

    @Test
    void the_school_senco_sees_yesterdays_import_that_can_be_undone_and_an_older_one_that_cannot() {
        SignIn.as(accounts, "senco");

        List<org.waymark.imports.service.ImportUndoService.RecentImport> recent = importUndo.recent();

        var spring = recent.stream().filter(r -> r.fileName().equals("larkfield-spring-ctf.xml")).findFirst()
                .orElseThrow();
        var autumn = recent.stream().filter(r -> r.fileName().equals("larkfield-autumn-ctf.xml")).findFirst()
                .orElseThrow();
        assertThat(spring.madeBy()).isEqualTo("Sam Whitfield");
        assertThat(List.of(spring.added(), spring.updated())).containsExactly(2, 1);
        assertThat(spring.undoable()).isTrue();
        assertThat(autumn.added()).isEqualTo(2);
        assertThat(autumn.undoable()).isFalse();
        org.waymark.imports.domain.UndoPreview undo = importUndo.preview(spring.id());
        assertThat(undo.lines(org.waymark.imports.domain.UndoPreview.UndoLine.Kind.REMOVE))
                .extracting(org.waymark.imports.domain.UndoPreview.UndoLine::name)
                .containsExactlyInAnyOrder("Isla Penhaligon", "Kofi Mensah");
        assertThat(undo.lines(org.waymark.imports.domain.UndoPreview.UndoLine.Kind.RESTORE))
                .extracting(org.waymark.imports.domain.UndoPreview.UndoLine::name, l -> l.items())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ffion Treharne", List.of("yearGroup")));
    }
}
