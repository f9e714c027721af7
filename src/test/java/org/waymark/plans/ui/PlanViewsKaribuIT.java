package org.waymark.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.base.ui.AccessRefusedView;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.PlanVersionRepository;
import org.waymark.plans.domain.SupportPlanRepository;
import org.waymark.plans.domain.Voice;
import org.waymark.plans.service.PlanService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/** Starting, editing step by step, sharing, agreeing, reviewing and comparing a plan; the parent's side; refusals. */
class PlanViewsKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired PlanService planService;
    @Autowired SupportPlanRepository plans;
    @Autowired PlanVersionRepository versions;


    private long startPlanAsSenco(long pupilId) {
        login("senco");
        UI.getCurrent().navigate(PupilPlansView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
        @SuppressWarnings("unchecked")
        Select<PlanType> type = _get(Select.class, spec -> spec.withId("new-plan-type"));
        assertThat(type.getListDataView().getItems().toList()).containsExactly(PlanType.SEN_SUPPORT);
        long before = plans.count();
        click("start-plan");
        assertThat(plans.count()).isEqualTo(before + 1);
        return plans.findByPupilIdOrderByCreatedAt(pupilId).getLast().getId();
    }

    @Test
    void a_senco_writes_a_plan_step_by_step_agrees_it_reviews_it_and_compares_versions() {
        long pupilId = demo.pupilWithoutPlans("Larkfield Primary School");
        long planId = startPlanAsSenco(pupilId);
        PlanEditorView editor = _get(PlanEditorView.class);
        assertThat(_get(Span.class, spec -> spec.withId("plan-step")).getText()).isEqualTo("Step 1 of 6: About me");

        // step 1: the child's own words
        var matters = editor.whatMatters();
        matters.addRow(new PlanRows.StatementRow(null));
        matters.rows().getFirst().text.setValue("Building Lego cities with my brother");
        click("plan-next");
        assertThat(versions.findFirstBySupportPlanIdOrderByNumberDesc(planId).orElseThrow().content().whatMatters())
                .containsExactly(new PlanContent.Statement(Voice.CHILD, "Building Lego cities with my brother"));

        click("plan-next"); // needs: none added
        assertThat(editor.step()).isEqualTo(2);
        editor.outcomes().addRow(new PlanRows.OutcomeRow(null, () -> "O1", LocalDate.of(2027, 7, 31)));
        editor.outcomes().rows().getFirst().text.setValue("Writes three sentences on their own");
        click("plan-next");

        var provision = editor.provisions();
        provision.addRow(new PlanRows.ProvisionRow(null, List.of("O1"), org.waymark.plans.domain.DeliveryLanguage.ENGLISH));
        PlanRows.ProvisionRow row = provision.rows().getFirst();
        row.what.setValue("Daily writing frame practice");
        row.who.setValue("Class teaching assistant");
        row.frequency.setValue("Daily, 15 minutes");
        click("plan-next"); // to assistant, equipment and agencies
        click("plan-next"); // to attachments
        assertThat(_get(Span.class, spec -> spec.withId("plan-step")).getText()).isEqualTo("Step 6 of 6: Attachments");
        click("plan-next"); // finish

        _get(PlanView.class);
        assertThat(_get(Span.class, spec -> spec.withId("plan-status")).getText()).isEqualTo("Draft");
        click("share-plan");
        assertThat(Confirming.says("confirm-share-plan")).contains("is shared with the family, who can add their views for 15 days");
        Confirming.confirm("confirm-share-plan");
        assertThat(_get(Paragraph.class, spec -> spec.withId("comment-countdown")).getText())
                .contains("15 more day(s)");
        // agreeing asks first: what it does, and who is told (the parents, the school's other SENCOs)
        click("agree-plan");
        assertThat(Confirming.says("confirm-agree-plan")).contains("becomes the plan in force")
                .contains("cannot be changed afterwards");
        assertThat(Confirming.told("confirm-agree-plan")).doesNotContain("Sam Whitfield"); // never the one agreeing
        Confirming.cancel("confirm-agree-plan");
        assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);
        click("agree-plan");
        Confirming.confirm("confirm-agree-plan");
        assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(PlanStatus.AGREED);
        assertThat(plans.findById(planId).orElseThrow().getNextReviewDate()).isEqualTo(today().plusMonths(12));
        assertThat(_get(Span.class, spec -> spec.withId("plan-status")).getText()).isEqualTo("Agreed and in force");
        assertThat(_find(Button.class, spec -> spec.withId("edit-plan"))).isEmpty();

        @SuppressWarnings("unchecked")
        Select<Integer> interval = _get(Select.class, spec -> spec.withId("review-interval"));
        interval.setValue(6);
        assertThat(plans.findById(planId).orElseThrow().getNextReviewDate()).isEqualTo(today().plusMonths(6));

        click("review-plan");
        Confirming.confirm("confirm-review-plan");
        assertThat(versions.findBySupportPlanIdOrderByNumber(planId)).hasSize(2);
        click("edit-plan");
        PlanEditorView second = _get(PlanEditorView.class);
        click("plan-next");
        click("plan-next");
        second.outcomes().rows().getFirst().text.setValue("Writes a paragraph on their own");
        click("plan-next");
        click("plan-next");
        click("plan-next");
        click("plan-next");
        click("compare-versions");
        Div result = _get(Div.class, spec -> spec.withId("compare-result"));
        assertThat(result.getElement().getTextRecursively()).contains("Writes three sentences on their own")
                .contains("Writes a paragraph on their own").contains("Changed");
        assertThat(demo.auditCount("senco", "AGREE_PLAN", pupilId, "ALLOWED")).isEqualTo(1);
    }

    @Test
    void a_parent_adds_views_while_the_window_is_open_and_sees_the_status() {
        // the demo data shares the first child's draft plan with the family
        long planId = demo.planOf(demo.childrenOf("parent").getFirst());
        login("parent");
        UI.getCurrent().navigate(PlanView.class, new RouteParameters("planId", String.valueOf(planId)));
        assertThat(_get(Span.class, spec -> spec.withId("plan-status")).getText()).isEqualTo("Draft");
        assertThat(_find(Button.class, spec -> spec.withId("agree-plan"))).isEmpty();
        _get(TextArea.class, spec -> spec.withId("views-words")).setValue("She loves swimming on Saturdays");
        click("views-add");
        assertThat(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("family-views"))
                .getElement().getTextRecursively()).contains("She loves swimming on Saturdays")
                .contains("In the parents’ words");
    }

    @Test
    void without_an_open_window_the_parent_cannot_add_views() {
        long planId = demo.planOf(demo.childrenOf("parent").get(1)); // agreed: no window
        login("parent");
        UI.getCurrent().navigate(PlanView.class, new RouteParameters("planId", String.valueOf(planId)));
        assertThat(_find(TextArea.class, spec -> spec.withId("views-words"))).isEmpty();
        assertThatThrownBy(() -> planService.addFamilyViews(planId, Voice.PARENT, "late"))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
    }

    @Test
    void others_are_refused_the_plan_and_the_editor() {
        long pupilId = demo.childrenOf("parent").getFirst();
        long planId = demo.planOf(pupilId);
        RouteParameters plan = new RouteParameters("planId", String.valueOf(planId));

        login("parent.cy"); // another family
        long deniedBefore = demo.auditCount("parent.cy", "READ_PLAN", pupilId, "DENIED");
        UI.getCurrent().navigate(PlanView.class, plan);
        _get(AccessRefusedView.class);
        assertThat(demo.auditCount("parent.cy", "READ_PLAN", pupilId, "DENIED")).isEqualTo(deniedBefore + 1);
        assertThatThrownBy(() -> planService.addFamilyViews(planId, Voice.PARENT, "not my child"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        login("senco.cy"); // another school and authority
        UI.getCurrent().navigate(PlanView.class, plan);
        _get(AccessRefusedView.class);

        login("head"); // reads the plan, may not edit it
        UI.getCurrent().navigate(PlanView.class, plan);
        assertThat(_find(Button.class, spec -> spec.withId("edit-plan"))).isEmpty();
        assertThatThrownBy(() -> UI.getCurrent().navigate(PlanEditorView.class, plan))
                .isInstanceOf(MockAccessDeniedException.class);

        login("caseworker"); // may write EHCPs, not the school's SEN support plan
        UI.getCurrent().navigate(PlanEditorView.class, plan);
        _get(AccessRefusedView.class);
        assertThat(planService.typesCallerMayStart(pupilId)).containsExactly(PlanType.EHCP);
    }

    @Test
    void a_second_active_plan_of_the_same_type_cannot_be_started() {
        long pupilId = demo.childrenOf("parent").getFirst();
        login("senco");
        assertThat(planService.typesCallerMayStart(pupilId)).isEmpty();
        assertThatThrownBy(() -> planService.startPlan(pupilId, PlanType.SEN_SUPPORT))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_colleague_saving_first_ends_in_a_conflict_message_with_the_typing_kept() {
        long pupilId = demo.pupilWithoutPlans("Larkfield Primary School");
        long planId = startPlanAsSenco(pupilId);
        PlanEditorView editor = _get(PlanEditorView.class);
        editor.whatMatters().addRow(new PlanRows.StatementRow(null));
        editor.whatMatters().rows().getFirst().text.setValue("Mine");

        var details = planService.open(planId);
        planService.saveDraft(planId, details.shownVersionLock(), details.shown().withProfile(
                List.of(new PlanContent.Statement(Voice.STAFF, "Colleague's")), List.of(), List.of()));

        click("plan-next");
        assertThat(_get(Div.class, spec -> spec.withId("plan-conflict")).isVisible()).isTrue();
        assertThat(editor.whatMatters().rows().getFirst().text.getValue()).isEqualTo("Mine");
        assertThat(editor.step()).isZero();
    }

    @Test
    void a_broken_row_gets_its_message_beside_it_and_nothing_is_saved() {
        long pupilId = demo.pupilWithoutPlans("Larkfield Primary School");
        long planId = startPlanAsSenco(pupilId);
        PlanEditorView editor = _get(PlanEditorView.class);
        editor.whatMatters().addRow(new PlanRows.StatementRow(null));
        editor.whatMatters().addRow(new PlanRows.StatementRow(null));
        editor.whatMatters().rows().getFirst().text.setValue("Swimming on Saturdays");
        // the second statement is left empty
        click("plan-next");
        assertThat(editor.step()).isZero();
        assertThat(editor.whatMatters().errorAt(0)).isEmpty();
        assertThat(editor.whatMatters().errorAt(1)).isEqualTo("Every entry needs some text: fill it in or remove the row");
        assertThat(versions.findFirstBySupportPlanIdOrderByNumberDesc(planId).orElseThrow().content().whatMatters())
                .isEmpty();
        editor.whatMatters().rows().get(1).text.setValue("Time with Nan");
        click("plan-next");
        assertThat(editor.step()).isEqualTo(1);
    }

    @Test
    void ceasing_a_plan_asks_for_the_reason_and_names_who_is_told() {
        long pupilId = demo.pupilWithoutPlans("Larkfield Primary School");
        long planId = startPlanAsSenco(pupilId);
        demo.linkParent("parent", pupilId);
        try {
            UI.getCurrent().navigate(PlanView.class, new RouteParameters("planId", String.valueOf(planId)));
            click("cease-plan");
            assertThat(Confirming.says("confirm-cease-plan")).contains("ends: it can no longer be changed or reviewed");
            // the parent by name; never the SENCO taking the step
            assertThat(Confirming.told("confirm-cease-plan")).contains("Hannah Carver (parent)")
                    .doesNotContain("Sam Whitfield").endsWith("will be told.");
            assertThat(Confirming.button("confirm-cease-plan")).isEqualTo("Cease the plan");
            Confirming.cancel("confirm-cease-plan");
            assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);

            click("cease-plan");
            _get(TextArea.class, spec -> spec.withId("cease-reason")).setValue("Needs now met from the school’s universal offer");
            Confirming.confirm("confirm-cease-plan");
            assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(PlanStatus.CEASED);
        } finally {
            demo.unlinkParent("parent", pupilId);
        }
    }
}
