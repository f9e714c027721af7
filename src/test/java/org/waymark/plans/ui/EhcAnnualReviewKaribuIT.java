package org.waymark.plans.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.Confirming;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.PdfText;
import org.waymark.base.domain.Dates;
import org.waymark.plans.domain.AnnualReviewClock;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.EhcAnnualReview;
import org.waymark.plans.domain.EhcSections;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.plans.domain.PlacementType;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanDirectory;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.ReviewDecision;
import org.waymark.plans.service.EhcReviewService;
import org.waymark.plans.service.PlanService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/**
 * An EHC plan's annual review on the plan page, step by step on the statutory clock: the meeting
 * scheduled, the papers, the meeting recorded, the report, the decision with who, when and why,
 * the letter to the parents (English or Welsh by the family's language), the amended plan issued;
 * the review list's step and days; and everyone else refused.
 */
class EhcAnnualReviewKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired PlanService plans;
    @Autowired EhcReviewService reviews;
    @Autowired JdbcClient jdbc;

    private long pupilId;

    /** As the caseworker: an EHC plan with one outcome, issued today. */
    private long issuedEhcp() {
        login("caseworker");
        pupilId = demo.pupilWithoutPlans("Larkfield Primary School");
        long planId = plans.startPlan(pupilId, PlanType.EHCP);
        PlanContent.Provision slt = new PlanContent.Provision("O1", "Speech and language therapy in class",
                "Speech and language therapist", "Weekly, 45 minutes", new BigDecimal("0.75"), new BigDecimal("2200"),
                DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE);
        plans.saveDraft(planId, plans.open(planId).shownVersionLock(), PlanContent.empty()
                .withOutcomes(List.of(new PlanContent.Outcome("O1", "Asks for help in words", today().plusMonths(9))))
                .withProvisions(List.of(slt))
                .withEhc(EhcSections.empty().withPlacement(new EhcSections.Placement("Larkfield Primary School",
                        PlacementType.MAINSTREAM), null)));
        plans.agree(planId);
        return planId;
    }

    private void open(long planId) {
        UI.getCurrent().navigate(PlanView.class, new RouteParameters("planId", String.valueOf(planId)));
    }

    private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private static ListItem stepItem(AnnualReviewClock.Step step) {
        return _find(ListItem.class).stream().filter(li -> step.name().equals(li.getElement().getAttribute("data-step")))
                .findFirst().orElseThrow();
    }

    private static String step(AnnualReviewClock.Step step) {
        return stepItem(step).getElement().getTextRecursively();
    }

    @Test
    void a_caseworker_takes_a_review_from_scheduling_to_the_amended_plan() throws Exception {
        long planId = issuedEhcp();
        open(planId);
        LocalDate due = today().plusMonths(12);
        assertThat(byId(Paragraph.class, "annual-review-due").getText()).isEqualTo("The next review meeting is due by "
                + Dates.DAY_MONTH_YEAR.format(due) + " · " + java.time.temporal.ChronoUnit.DAYS.between(today(), due)
                + " day(s) left");
        assertThat(_find(Button.class, spec -> spec.withId("review-plan"))).isEmpty(); // scheduling starts it

        // the meeting is today: the papers were due two weeks ago
        byId(DatePicker.class, "annual-review-meeting-on").setValue(today());
        click("annual-review-schedule");
        assertThat(Confirming.says("confirm-schedule-review")).contains("at least two weeks before the meeting");
        Confirming.confirm("confirm-schedule-review");
        assertThat(plans.open(planId).plan().getStatus()).isEqualTo(PlanStatus.UNDER_REVIEW);
        assertThat(step(AnnualReviewClock.Step.PAPERWORK)).contains("14 day(s) overdue");
        assertThat(stepItem(AnnualReviewClock.Step.PAPERWORK).getClassNames()).contains("wm-overdue");
        assertThat(stepItem(AnnualReviewClock.Step.MEETING).getClassNames()).doesNotContain("wm-overdue");

        byId(DatePicker.class, "annual-review-papers-on").setValue(today().minusDays(20));
        click("annual-review-papers");
        assertThat(step(AnnualReviewClock.Step.PAPERWORK)).contains("done on "
                + Dates.DAY_MONTH_YEAR.format(today().minusDays(20)));

        // the meeting: the review record on the same page
        ReviewRecordForm form = _get(ReviewRecordForm.class);
        form.mark("O1", OutcomeProgress.PARTLY, "Uses words with adults");
        form.save();
        assertThat(step(AnnualReviewClock.Step.MEETING)).contains("done on " + Dates.DAY_MONTH_YEAR.format(today()));
        assertThat(step(AnnualReviewClock.Step.DECISION)).contains("28 day(s) left");

        byId(DatePicker.class, "annual-review-report-on").setValue(today());
        click("annual-review-report");
        assertThat(step(AnnualReviewClock.Step.REPORT)).contains("done on");

        // the decision needs a reason, said beside the field
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReviewDecision> choice = byId(RadioButtonGroup.class, "annual-review-decision-choice");
        choice.setValue(ReviewDecision.AMEND);
        click("annual-review-decide");
        Confirming.confirm("confirm-annual-review-decision");
        TextArea reason = byId(TextArea.class, "annual-review-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why: the parents are told the reasons");

        reason.setValue("Therapy moves into the classroom.");
        click("annual-review-decide");
        assertThat(Confirming.says("confirm-annual-review-decision")).contains("15 days to comment");
        Confirming.confirm("confirm-annual-review-decision");
        assertThat(byId(Paragraph.class, "annual-review-decision").getText()).isEqualTo("Decision: Amend the plan. "
                + "Recorded by Robin Hale, decided on " + Dates.DAY_MONTH_YEAR.format(today())
                + ". Why: Therapy moves into the classroom.");
        assertThat(step(AnnualReviewClock.Step.AMENDED_PLAN)).contains("56 day(s) left");
        assertThat(byId(Paragraph.class, "annual-review-issue-amended").getText())
                .contains(Dates.DAY_MONTH_YEAR.format(today().plusDays(56)));
        assertThat(plans.open(planId).commentDaysLeft()).isEqualTo(15);

        // the letter, in English for this family
        EhcAnnualReview review = Objects.requireNonNull(reviews.annualReview(planId).current());
        String letter = PdfText.of(reviews.letter(planId, Objects.requireNonNull(review.getId())).bytes());
        assertThat(letter).contains("we propose to amend it", "Therapy moves into the classroom.",
                "The changes we propose", "First-tier Tribunal", "mediation adviser",
                Dates.DAY_MONTH_YEAR.format(today().plusDays(56)), Dates.DAY_MONTH_YEAR.format(today().plusDays(14)));

        // the amended plan issued: the review closes; the next is due 12 months after the meeting
        plans.agree(planId);
        EhcAnnualReview closed = reviews.annualReview(planId).current();
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.getAmendedPlanIssuedOn()).isEqualTo(today());
        assertThat(plans.open(planId).plan().getNextReviewDate()).isEqualTo(today().plusMonths(12));
    }


    /** Through the service: scheduled with a past meeting held on the day, the report sent. */
    private long heldReview(LocalDate meeting) {
        long planId = issuedEhcp();
        reviews.schedule(planId, meeting);
        plans.recordReview(planId, new org.waymark.plans.domain.PlanReview.ReviewRecord(meeting, "Met",
                List.of(new org.waymark.plans.domain.PlanReview.ReviewedOutcome("O1", "Asks for help in words",
                        OutcomeProgress.ACHIEVED, "")), List.of()));
        return planId;
    }

    private int lock(long planId) {
        return Objects.requireNonNull(Objects.requireNonNull(reviews.annualReview(planId).current()).getVersion());
    }

    @Test
    void a_cease_decision_ends_the_plan_and_writes_to_a_welsh_speaking_family_in_welsh() throws Exception {
        long planId = heldReview(today().minusDays(30));
        // decided late: 30 days after the meeting, 2 days past the 4 weeks
        reviews.decide(planId, lock(planId), new EhcReviewService.Decision(ReviewDecision.CEASE, today(),
                "Needs are now met from the school’s own resources."));
        assertThat(plans.open(planId).plan().getStatus()).isEqualTo(PlanStatus.CEASED);
        EhcAnnualReview review = Objects.requireNonNull(reviews.annualReview(planId).current());
        assertThat(AnnualReviewClock.steps(review.facts()).get(3).late()).isTrue();
        long reviewId = Objects.requireNonNull(review.getId());
        jdbc.sql("UPDATE pupil SET preferred_language = 'cy' WHERE id = :id").param("id", pupilId).update();
        try {
            EhcReviewService.ReviewLetter letter = reviews.letter(planId, reviewId);
            assertThat(letter.language()).isEqualTo("cy");
            assertThat(PdfText.of(letter.bytes())).contains("peidio â’i gynnal", "Eich hawl i apelio",
                    "Tribiwnlys Haen Gyntaf", "Needs are now met").doesNotContain("Your right of appeal");
        } finally {
            jdbc.sql("UPDATE pupil SET preferred_language = 'en' WHERE id = :id").param("id", pupilId).update();
        }
        assertThat(PdfText.of(reviews.letter(planId, reviewId).bytes())).contains("stop maintaining",
                "Your right of appeal", "two months from the date of this letter");
    }

    @Test
    void maintaining_the_plan_keeps_it_in_force_and_counts_the_next_review_from_the_meeting() {
        long planId = heldReview(today().minusDays(10));
        // no new version is issued before the decision
        assertThatThrownBy(() -> plans.agree(planId)).isInstanceOf(org.waymark.base.domain.ValidationException.class)
                .satisfies(e -> assertThat(((org.waymark.base.domain.ValidationException) e).violations())
                        .extracting(org.waymark.base.domain.Violation::messageKey).contains("annualReview.decideFirst"));
        int versionsBefore = plans.open(planId).versions().size();
        reviews.decide(planId, lock(planId), new EhcReviewService.Decision(ReviewDecision.MAINTAIN, today(),
                "The plan still fits."));
        var details = plans.open(planId);
        assertThat(details.plan().getStatus()).isEqualTo(PlanStatus.AGREED);
        assertThat(details.versions()).hasSize(versionsBefore - 1); // the review's draft discarded
        assertThat(details.plan().getNextReviewDate()).isEqualTo(today().minusDays(10).plusMonths(12));
        assertThat(reviews.annualReview(planId).meetingDue()).isEqualTo(today().minusDays(10).plusMonths(12));
        assertThat(reviews.annualReview(planId).letter()).isFalse();
    }

    @Test
    void the_review_list_shows_each_plan_s_step_and_days_left_and_filters_the_overdue() {
        long planId = heldReview(today().minusDays(20)); // report due 6 days ago, decision in 8 days
        UI.getCurrent().navigate(ReviewListView.class);
        ReviewListView list = _get(ReviewListView.class);
        PlanDirectory.ReviewRow row = _fetch(list.grid, 0, 1000).stream().filter(r -> r.planId() == planId)
                .findFirst().orElseThrow();
        assertThat(row.step()).isEqualTo(AnnualReviewClock.Step.REPORT);
        assertThat(row.daysLeft(today())).isEqualTo(-6);
        assertThat(row.overdue(today())).isTrue();
        list.overdueOnly.setValue(true);
        assertThat(_fetch(list.grid, 0, 1000)).extracting(PlanDirectory.ReviewRow::planId).contains(planId);

        reviews.reportSent(planId, lock(planId), today());
        list.overdueOnly.setValue(false);
        PlanDirectory.ReviewRow after = _fetch(list.grid, 0, 1000).stream().filter(r -> r.planId() == planId)
                .findFirst().orElseThrow();
        assertThat(after.step()).isEqualTo(AnnualReviewClock.Step.DECISION);
        assertThat(after.daysLeft(today())).isEqualTo(8);
        list.overdueOnly.setValue(true);
        assertThat(_fetch(list.grid, 0, 1000)).extracting(PlanDirectory.ReviewRow::planId).doesNotContain(planId);
    }

    @Test
    void the_school_records_papers_but_only_the_authority_decides_and_others_are_refused() {
        long planId = issuedEhcp();
        reviews.schedule(planId, today().plusDays(20));

        login("senco"); // the pupil's school
        reviews.paperworkSent(planId, lock(planId), today());
        assertThatThrownBy(() -> reviews.schedule(planId, today())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.decide(planId, 0, new EhcReviewService.Decision(ReviewDecision.CEASE,
                today(), "x"))).isInstanceOf(AccessDeniedException.class);
        open(planId);
        assertThat(_find(Button.class, spec -> spec.withId("annual-review-decide"))).isEmpty();

        login("senco.optedout"); // another school of the same authority
        long deniedBefore = demo.auditCount("senco.optedout", "READ_ANNUAL_REVIEW", pupilId, "DENIED");
        assertThatThrownBy(() -> reviews.annualReview(planId)).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco.optedout", "READ_ANNUAL_REVIEW", pupilId, "DENIED"))
                .isEqualTo(deniedBefore + 1);

        login("caseworker.cy"); // another authority's caseworker
        assertThatThrownBy(() -> reviews.moveMeeting(planId, 0, today())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.annualReview(planId)).isInstanceOf(AccessDeniedException.class);

        login("parent"); // not this child's parent
        assertThatThrownBy(() -> reviews.annualReview(planId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_child_s_parent_sees_the_clock_and_gets_the_letter_but_records_nothing() throws Exception {
        long planId = heldReview(today().minusDays(5));
        reviews.decide(planId, lock(planId), new EhcReviewService.Decision(ReviewDecision.AMEND, today(),
                "More time with the therapist."));
        long reviewId = Objects.requireNonNull(Objects.requireNonNull(reviews.annualReview(planId).current()).getId());
        demo.linkParent("parent", pupilId);
        try {
            login("parent");
            open(planId);
            assertThat(step(AnnualReviewClock.Step.AMENDED_PLAN)).contains("56 day(s) left");
            assertThat(_find(Button.class, spec -> spec.withId("annual-review-report"))).isEmpty();
            assertThat(PdfText.of(reviews.letter(planId, reviewId).bytes())).contains("More time with the therapist.");
            assertThatThrownBy(() -> reviews.reportSent(planId, lock(planId), today()))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            demo.unlinkParent("parent", pupilId);
        }
        login("parent.cy");
        assertThatThrownBy(() -> reviews.letter(planId, reviewId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_welsh_reader_sees_the_clock_in_welsh() {
        long planId = heldReview(today().minusDays(20)); // report 6 days overdue, decision in 8 days
        UI.getCurrent().setLocale(org.waymark.base.ui.Translations.WELSH);
        open(planId);
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("annual-review"))
                .getElement().getTextRecursively()).contains("Adolygiad blynyddol");
        assertThat(step(AnnualReviewClock.Step.REPORT)).contains("Adroddiad y cyfarfod wedi’i anfon", "6 diwrnod yn hwyr");
        assertThat(step(AnnualReviewClock.Step.DECISION)).contains("8 diwrnod ar ôl");
        assertThat(step(AnnualReviewClock.Step.PAPERWORK)).contains("heb ei gofnodi");
    }

    @Test
    void the_caseworker_s_work_queue_names_the_step_overdue_and_opens_the_plan() {
        // met 60 days ago, nothing since: the report was due 46 days ago, before any demo review
        long planId = heldReview(today().minusDays(60));
        UI.getCurrent().navigate(org.waymark.home.ui.HomeView.class);
        org.jsoup.nodes.Element item = org.waymark.WorkQueueItems.link("plan-review-" + planId).orElseThrow();
        assertThat(item.text()).startsWith("Annual review of ").endsWith("EHC plan: Report of the meeting sent "
                + "was due on " + Dates.DAY_MONTH_YEAR.format(today().minusDays(46)));
        assertThat(item.attr("href")).isEqualTo("plans/" + planId);
        reviews.decide(planId, lock(planId), new EhcReviewService.Decision(ReviewDecision.MAINTAIN, today(), "Fits"));
        UI.getCurrent().navigate(org.waymark.home.ui.HomeView.class);
        assertThat(org.waymark.WorkQueueItems.link("plan-review-" + planId)).isEmpty();
    }
}
