package org.waymark.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.base.domain.Dates;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.PlanVersionRepository;
import org.waymark.plans.service.PlanService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/**
 * The plan's screens tell the truth: a refusal beside what it is about and no success; the next
 * success clears it and is said alone. The editor, the plan's attachments and the review form.
 */
class PlanFeedbackKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired PlanService planService;
    @Autowired PlanVersionRepository versions;

    private long newPlan() {
        login("senco");
        return planService.startPlan(demo.pupilWithoutPlans("Larkfield Primary School"), PlanType.SEN_SUPPORT);
    }

    private static void openPlan(long planId) {
        UI.getCurrent().navigate(PlanView.class, new RouteParameters("planId", String.valueOf(planId)));
    }

    private List<PlanContent.Outcome> storedOutcomes(long planId) {
        return versions.findFirstBySupportPlanIdOrderByNumberDesc(planId).orElseThrow().content().outcomes();
    }

    @Test
    void a_past_target_date_in_the_editor_is_refused_beside_its_outcome_then_saved_with_the_success_alone() {
        long planId = newPlan();
        UI.getCurrent().navigate(PlanEditorView.class, new RouteParameters("planId", String.valueOf(planId)));
        PlanEditorView editor = _get(PlanEditorView.class);
        editor.go(PlanEditorView.STEPS.indexOf("outcomes"), false);
        editor.outcomes().addRow(new PlanRows.OutcomeRow(null, () -> "O1", today().plusYears(1)));
        PlanRows.OutcomeRow row = editor.outcomes().rows().getFirst();
        row.text.setValue("Reads a short book aloud to an adult");
        LocalDate yesterday = today().minusDays(1);
        row.targetDate.setValue(yesterday);

        _click(_get(Button.class, spec -> spec.withId("plan-next")));
        assertThat(editor.step()).isEqualTo(PlanEditorView.STEPS.indexOf("outcomes"));
        assertThat(editor.outcomes().errorAt(0)).isEqualTo("The target date " + Dates.DAY_MONTH_YEAR.format(yesterday)
                + " has already passed. Choose a date from today onwards.");
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(OpenNotices.errors()).containsExactly("Nothing was saved: put right what is marked.");
        assertThat(storedOutcomes(planId)).isEmpty();

        LocalDate target = today().plusMonths(6);
        row.targetDate.setValue(target);
        _click(_get(Button.class, spec -> spec.withId("plan-next")));
        assertThat(editor.step()).isEqualTo(PlanEditorView.STEPS.indexOf("outcomes") + 1);
        assertThat(storedOutcomes(planId)).extracting(PlanContent.Outcome::targetDate).containsExactly(target);
        assertThat(OpenNotices.texts()).containsExactly("Draft saved");
    }

    @Test
    void a_refused_plan_attachment_shows_no_tick_and_no_success_and_the_next_one_clears_it() {
        long planId = newPlan();
        openPlan(planId);
        AttachmentsPanel panel = _get(AttachmentsPanel.class);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        panel.receive("report.pdf", PlanReviewAndAttachmentsKaribuIT.PDF);
        assertThat(OpenNotices.texts()).containsExactly("report.pdf is attached");

        byte[] program = new byte[128];
        program[0] = 'M';
        program[1] = 'Z';
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        panel.receive("homework.pdf", program);
        // the refused file leaves the upload's list, so no tick stands beside it
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .extracting(i -> i.getInvocation().getExpression()).anyMatch(js -> js.contains("this.files = [];"));
        assertThat(panel.errorText()).startsWith("homework.pdf was not attached.");
        // the earlier success is gone: never "attached" beside "not attached"
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(OpenNotices.errors()).singleElement().asString().startsWith("homework.pdf was not attached.");
        assertThat(planService.attachments(planId)).hasSize(1);

        panel.receive("letter.pdf", PlanReviewAndAttachmentsKaribuIT.PDF);
        assertThat(panel.errorText()).isEmpty();
        assertThat(OpenNotices.texts()).containsExactly("letter.pdf is attached");
    }

    @Test
    void a_review_marked_incompletely_is_refused_beside_the_outcome_then_recorded_with_the_success_alone() {
        long planId = newPlan();
        PlanContent content = PlanContent.empty()
                .withOutcomes(List.of(new PlanContent.Outcome("O1", "Counts to 20 reliably", today().plusMonths(9))))
                .withProvisions(List.of(new PlanContent.Provision("O1", "Number games", "Teaching assistant", "Daily",
                        new BigDecimal("2"), new BigDecimal("1500"), DeliveryLanguage.ENGLISH, GroupSize.PAIRED)));
        planService.saveDraft(planId, planService.open(planId).shownVersionLock(), content);
        planService.agree(planId);
        planService.startReview(planId);
        openPlan(planId);
        ReviewRecordForm form = _get(ReviewRecordForm.class);

        _click(_get(Button.class, spec -> spec.withId("review-save")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<OutcomeProgress> o1 = _get(RadioButtonGroup.class, spec -> spec.withId("review-progress-O1"));
        assertThat(o1.isInvalid()).isTrue();
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(OpenNotices.errors()).containsExactly("Nothing was saved: put right what is marked.");
        assertThat(planService.reviewRecords(planId)).isEmpty();

        form.mark("O1", OutcomeProgress.ACHIEVED, "Counts to 30 now");
        _click(_get(Button.class, spec -> spec.withId("review-save")));
        assertThat(planService.reviewRecords(planId)).hasSize(1);
        assertThat(OpenNotices.texts()).containsExactly("The review is recorded and the draft is updated");
    }

    @Test
    void a_parents_empty_views_are_refused_beside_the_words_then_added_with_the_thanks_alone() {
        long planId = demo.planOf(demo.childOf("parent"));
        login("senco");
        planService.shareWithFamily(planId, 15);
        login("parent");
        openPlan(planId);
        TextArea words = _get(TextArea.class, spec -> spec.withId("views-words"));
        _click(_get(Button.class, spec -> spec.withId("views-add")));
        assertThat(words.isInvalid()).isTrue();
        assertThat(words.getErrorMessage()).startsWith("Write something, up to");
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(OpenNotices.errors()).containsExactly("Nothing was saved: put right what is marked.");

        _get(TextArea.class, spec -> spec.withId("views-words")).setValue("She enjoys the reading club on Tuesdays");
        _click(_get(Button.class, spec -> spec.withId("views-add")));
        assertThat(OpenNotices.texts()).containsExactly("Thank you: your views are now part of the draft");
        assertThat(_get(TextArea.class, spec -> spec.withId("views-words")).isInvalid()).isFalse();
    }
}
