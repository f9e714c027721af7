package org.waymark.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.home.ui.HomeView;
import org.waymark.plans.domain.PlanContributionRepository;
import org.waymark.plans.domain.PlanVersionRepository;
import org.waymark.plans.domain.SupportPlanRepository;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/**
 * Nothing typed is lost: leaving an editor with unsaved changes asks first, and a text past its
 * limit is kept whole, counted, marked and refused rather than cut.
 */
class NothingLostKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired SupportPlanRepository plans;
    @Autowired PlanVersionRepository versions;
    @Autowired PlanContributionRepository contributions;

    private PlanEditorView newPlanInEditor() {
        long pupilId = demo.pupilWithoutPlans("Larkfield Primary School");
        login("senco");
        UI.getCurrent().navigate(PupilPlansView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
        click("start-plan");
        return _get(PlanEditorView.class);
    }

    private static ConfirmDialog unsavedQuestion() {
        return _get(ConfirmDialog.class, spec -> spec.withId("unsaved-dialog"));
    }

    private static boolean asked() {
        return !_find(ConfirmDialog.class, spec -> spec.withId("unsaved-dialog")).isEmpty();
    }

    @Test
    void leaving_the_plan_editor_by_the_menu_with_typed_text_asks_first_and_staying_keeps_the_text() {
        PlanEditorView editor = newPlanInEditor();
        long planId = plans.findAll().stream().mapToLong(p -> p.getId()).max().orElseThrow();
        editor.whatMatters().addRow(new PlanRows.StatementRow(null));
        editor.whatMatters().rows().getFirst().text.setValue("Swimming with my cousins");

        UI.getCurrent().navigate(HomeView.class);
        ConfirmDialog question = unsavedQuestion();
        assertThat(question.getElement().getProperty("header")).isEqualTo("Leave without saving?");
        assertThat(question.getElement().getTextRecursively()).contains("will be lost");
        ConfirmDialogKt._fireCancel(question);

        // still in the editor, the text still there
        assertThat(_get(PlanEditorView.class)).isSameAs(editor);
        assertThat(editor.whatMatters().rows().getFirst().text.getValue()).isEqualTo("Swimming with my cousins");

        UI.getCurrent().navigate(HomeView.class);
        ConfirmDialogKt._fireConfirm(unsavedQuestion());
        _get(HomeView.class);
        // the user chose to leave: nothing was stored behind their back
        assertThat(versions.findFirstBySupportPlanIdOrderByNumberDesc(planId).orElseThrow().content().whatMatters())
                .isEmpty();
    }

    @Test
    void an_editor_with_nothing_changed_or_everything_saved_is_left_without_a_question() {
        PlanEditorView editor = newPlanInEditor();
        UI.getCurrent().navigate(HomeView.class);
        assertThat(asked()).isFalse();
        _get(HomeView.class);

        editor = newPlanInEditor();
        editor.whatMatters().addRow(new PlanRows.StatementRow(null));
        editor.whatMatters().rows().getFirst().text.setValue("Drawing trains");
        click("plan-next"); // saved
        UI.getCurrent().navigate(HomeView.class);
        assertThat(asked()).isFalse();
        _get(HomeView.class);
    }

    @Test
    void an_edit_kept_in_memory_by_going_back_a_step_still_counts_as_unsaved() {
        PlanEditorView editor = newPlanInEditor();
        click("plan-next"); // to needs
        click("plan-next"); // to outcomes
        editor.outcomes().addRow(new PlanRows.OutcomeRow(null, () -> "O1", today().plusMonths(9)));
        editor.outcomes().rows().getFirst().text.setValue("Reads a short book aloud");
        click("plan-back"); // not saved, kept on screen
        assertThat(editor.step()).isEqualTo(1);

        UI.getCurrent().navigate(HomeView.class);
        assertThat(asked()).isTrue();
        ConfirmDialogKt._fireCancel(unsavedQuestion());
        click("plan-next");
        assertThat(editor.outcomes().rows().getFirst().text.getValue()).isEqualTo("Reads a short book aloud");
    }

    @Test
    void signing_out_with_unsaved_text_asks_first() {
        PlanEditorView editor = newPlanInEditor();
        editor.whatMatters().addRow(new PlanRows.StatementRow(null));
        editor.whatMatters().rows().getFirst().text.setValue("Music lessons");
        click("sign-out");
        assertThat(asked()).isTrue();
        ConfirmDialogKt._fireCancel(unsavedQuestion());
        assertThat(_get(PlanEditorView.class)).isSameAs(editor);
    }

    @Test
    void a_parents_long_views_are_kept_whole_counted_and_refused_until_shortened() {
        long planId = demo.planOf(demo.childrenOf("parent").getFirst());
        login("parent");
        UI.getCurrent().navigate(PlanView.class, new RouteParameters("planId", String.valueOf(planId)));
        TextArea words = _get(TextArea.class, spec -> spec.withId("views-words"));
        assertThat(_get(words, Span.class, spec -> spec.withClasses("wm-text-count")).getText())
                .isEqualTo("0 of 4,000 characters");
        long before = contributions.count();
        // the browser's own maxlength would cut typed and pasted text without a word
        assertThat(words.getElement().hasProperty("maxlength")).isFalse();

        String long5700 = "We would like her to have quiet time after lunch. ".repeat(114);
        assertThat(long5700).hasSize(5700);
        words.setValue(long5700);
        assertThat(words.isInvalid()).isTrue();
        assertThat(words.getErrorMessage())
                .isEqualTo("Too long: 5,700 characters, and the limit is 4,000. Remove 1,700 characters to save it.");
        assertThat(_get(words, Span.class, spec -> spec.withClasses("wm-text-count")).getText())
                .isEqualTo("1,700 characters too many (the limit is 4,000)");

        click("views-add");
        assertThat(contributions.count()).isEqualTo(before);
        assertThat(words.getValue()).hasSize(5700); // nothing cut
        assertThat(OpenNotices.successes()).isEmpty();
        assertThat(OpenNotices.errors()).singleElement().asString().startsWith("Nothing was saved: one text is too long");

        words.setValue(long5700.substring(0, 3950));
        assertThat(words.isInvalid()).isFalse();
        assertThat(_get(words, Span.class, spec -> spec.withClasses("wm-text-count")).getText())
                .isEqualTo("3,950 of 4,000 characters");
        click("views-add");
        assertThat(contributions.count()).isEqualTo(before + 1);
        assertThat(OpenNotices.errors()).isEmpty();
    }
}
