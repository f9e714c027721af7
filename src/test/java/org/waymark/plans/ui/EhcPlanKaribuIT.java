package org.waymark.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.PdfText;
import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.EhcSections;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.PlacementType;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanDiff;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.Voice;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.AreaOfNeed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;

/**
 * An EHC plan written in its statutory sections A–K in the editor, shown in them on its page (in
 * English and Welsh) and printed in them; other plan types keep their layout; writers only.
 */
class EhcPlanKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired PlanService plans;

    private long newEhcp() {
        login("caseworker");
        return plans.startPlan(demo.pupilWithoutPlans("Larkfield Primary School"), PlanType.EHCP);
    }

    private PlanEditorView editor(long planId) {
        UI.getCurrent().navigate(PlanEditorView.class, new RouteParameters("planId", String.valueOf(planId)));
        return _get(PlanEditorView.class);
    }

    private static PlanContent.Provision provision(String key, String what, String hours) {
        return new PlanContent.Provision(key, what, "Speech and language therapist", "Weekly, 45 minutes",
                new BigDecimal(hours), new BigDecimal("900"), DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE);
    }

    @Test
    void a_caseworker_writes_an_ehcp_section_by_section_and_each_step_is_stored() {
        long planId = newEhcp();
        PlanEditorView editor = editor(planId);
        assertThat(editor.steps()).isEqualTo(PlanEditorView.EHC_STEPS);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("plan-step")).getText())
                .isEqualTo("Step 1 of 9: A. Views, interests and aspirations");

        // A: the person-centred profile and the aspirations
        editor.whatMatters().addRow(new PlanRows.StatementRow(new PlanContent.Statement(Voice.CHILD, "My dog")));
        editor.ehcSteps().aspirations().addRow(new PlanRows.StatementRow(
                new PlanContent.Statement(Voice.CHILD, "To be a vet")));
        editor.go(1, true);
        // B, C, D
        editor.ehcSteps().healthNeeds().setValue("Asthma\nHypermobility in the knees");
        editor.go(2, true);
        // E
        editor.outcomes().addRow(new PlanRows.OutcomeRow(null, () -> "O1", today().plusMonths(9)));
        editor.outcomes().rows().getFirst().text.setValue("Asks for help in words or signs");
        editor.go(3, true);
        // F
        editor.provisions().addRow(new PlanRows.ProvisionRow(provision("O1", "Therapy in class", "0.75"),
                List.of("O1"), DeliveryLanguage.ENGLISH));
        editor.go(4, true);
        editor.go(5, true);
        // G, H1, H2
        editor.ehcSteps().health().addRow(new PlanRows.ProvisionRow(provision("O1", "Physiotherapy", "1"),
                List.of("O1"), DeliveryLanguage.ENGLISH));
        editor.ehcSteps().section2().addRow(new PlanRows.ProvisionRow(provision("O1", "Short breaks", "3"),
                List.of("O1"), DeliveryLanguage.ENGLISH));
        editor.go(6, true);
        // I, J
        editor.ehcSteps().placementName().setValue("Larkfield Primary School");
        editor.go(7, true);
        // K
        editor.ehcSteps().advice().addRow(new EhcSteps.AdviceRow(
                new EhcSections.Advice("Educational psychologist", today().minusWeeks(6))));
        editor.go(8, true);

        PlanContent stored = plans.open(planId).shown();
        assertThat(stored.ehc().aspirations()).extracting(PlanContent.Statement::text).containsExactly("To be a vet");
        assertThat(stored.ehc().healthNeeds()).containsExactly("Asthma", "Hypermobility in the knees");
        assertThat(stored.provisions()).extracting(PlanContent.Provision::what).containsExactly("Therapy in class");
        assertThat(stored.ehc().healthProvision()).extracting(PlanContent.Provision::what)
                .containsExactly("Physiotherapy");
        assertThat(stored.ehc().socialCareSection2()).extracting(PlanContent.Provision::hoursPerWeek)
                .containsExactly(new BigDecimal("3"));
        assertThat(stored.ehc().placement()).isEqualTo(new EhcSections.Placement("Larkfield Primary School",
                PlacementType.MAINSTREAM));
        assertThat(stored.ehc().personalBudget()).isNull();
        assertThat(stored.ehc().advice()).extracting(EhcSections.Advice::from).containsExactly("Educational psychologist");
    }

    @Test
    void care_provision_for_an_outcome_not_in_the_plan_is_refused_beside_its_row() {
        long planId = newEhcp();
        plans.saveDraft(planId, plans.open(planId).shownVersionLock(), PlanContent.empty().withOutcomes(List.of(
                new PlanContent.Outcome("O1", "Walks to the hall safely", today().plusMonths(9)))));
        PlanEditorView editor = editor(planId);
        editor.go(PlanEditorView.EHC_STEPS.indexOf("care"), false);
        editor.ehcSteps().health().addRow(new PlanRows.ProvisionRow(provision("O1", "", "1"), List.of("O1"),
                DeliveryLanguage.ENGLISH));
        editor.go(editor.step() + 1, true);
        assertThat(editor.step()).isEqualTo(PlanEditorView.EHC_STEPS.indexOf("care"));
        assertThat(editor.ehcSteps().health().errorAt(0)).isEqualTo("Every entry needs some text: fill it in or remove the row");
    }

    /** A complete plan in sections, saved through the service. */
    private long writtenEhcp() {
        long planId = newEhcp();
        plans.saveDraft(planId, plans.open(planId).shownVersionLock(), PlanContent.empty()
                .withProfile(List.of(new PlanContent.Statement(Voice.CHILD, "Drawing horses")), List.of(), List.of())
                .withNeeds(List.of(new PlanContent.Need(AreaOfNeed.SENSORY_MEDICAL_PHYSICAL, "Tires quickly when walking")))
                .withOutcomes(List.of(new PlanContent.Outcome("O1", "Joins in PE with the class", today().plusMonths(9))))
                .withProvisions(List.of(provision("O1", "Adapted PE with a teaching assistant", "2")))
                .withSupportAround(null, List.of(), List.of("Community paediatrics"))
                .withEhc(EhcSections.empty()
                        .withViews(List.of(new PlanContent.Statement(Voice.PARENT, "A job working outdoors")))
                        .withNeeds(List.of("Hypermobility"), List.of("Short breaks for the family"))
                        .withCareProvision(List.of(provision("O1", "Physiotherapy programme", "1")),
                                List.of(provision("O1", "Short breaks with a support worker", "3")),
                                List.of(provision("O1", "Family support visits", "0.5")))
                        .withPlacement(new EhcSections.Placement("Larkfield Primary School", PlacementType.MAINSTREAM),
                                new EhcSections.PersonalBudget("Short breaks as direct payments",
                                        new BigDecimal("2400"), new BigDecimal("2000")))
                        .withAdvice(List.of(new EhcSections.Advice("Physiotherapist", today().minusWeeks(5))))));
        return planId;
    }

    private static String section(String letter) {
        return _get(Section.class, spec -> spec.withId("ehc-section-" + letter)).getElement().getTextRecursively();
    }

    @Test
    void the_plan_page_shows_an_ehcp_in_sections_a_to_k_in_english_and_welsh() {
        long planId = writtenEhcp();
        UI.getCurrent().navigate(PlanView.class, new RouteParameters("planId", String.valueOf(planId)));
        assertThat(section("A")).contains("A. The child’s views, interests and aspirations", "Drawing horses",
                "Hopes and aspirations for the future", "A job working outdoors");
        assertThat(section("B")).contains("Tires quickly when walking");
        assertThat(section("C")).contains("Hypermobility");
        assertThat(section("D")).contains("Short breaks for the family");
        assertThat(section("E")).contains("O1 — Joins in PE with the class");
        assertThat(section("F")).contains("Adapted PE with a teaching assistant", "2 h a week");
        assertThat(section("G")).contains("Physiotherapy programme");
        assertThat(section("H1")).contains("H1. Social care provision under section 2", "Short breaks with a support worker");
        assertThat(section("H2")).contains("Family support visits");
        assertThat(section("I")).contains("Larkfield Primary School — Mainstream school");
        assertThat(section("J")).contains("Short breaks as direct payments", "£2400 a year, of which £2000 as direct payments");
        assertThat(section("K")).contains("Physiotherapist (", "Community paediatrics");

        UI.getCurrent().setLocale(Translations.WELSH);
        UI.getCurrent().navigate(PlanView.class, new RouteParameters("planId", String.valueOf(planId)));
        assertThat(section("A")).contains("A. Barn, diddordebau a dyheadau’r plentyn");
        assertThat(section("I")).contains("Larkfield Primary School — Ysgol brif ffrwd");
        assertThat(section("K")).contains("K. Cyngor a gwybodaeth a gafwyd");
    }

    @Test
    void the_pdf_prints_the_same_sections_and_other_plans_keep_their_layout() throws Exception {
        long planId = writtenEhcp();
        String english = PdfText.of(plans.pdf(planId, Locale.ENGLISH).bytes());
        assertThat(english).contains("A. The child’s views, interests and aspirations", "B. Special educational needs",
                "C. Health needs", "D. Social care needs", "E. Outcomes", "F. Special educational provision",
                "G. Health provision", "H1. Social care provision under section 2", "H2. Other social care provision",
                "I. Placement", "J. Personal budget", "K. Advice and information obtained",
                "Physiotherapy programme", "Larkfield Primary School — Mainstream school", "Physiotherapist (");
        assertThat(english.indexOf("A. The child")).isLessThan(english.indexOf("K. Advice"));
        String welsh = PdfText.of(plans.pdf(planId, Translations.WELSH).bytes());
        assertThat(welsh).contains("A. Barn, diddordebau", "H2. Darpariaeth gofal cymdeithasol arall");
        assertThat(welsh).doesNotContain("A. The child’s views");

        login("senco");
        long senSupport = demo.planOf(demo.childrenOf("parent").get(1));
        String other = PdfText.of(plans.pdf(senSupport, Locale.ENGLISH).bytes());
        assertThat(other).contains("What matters to me", "Outcomes").doesNotContain("A. The child’s views");
    }

    @Test
    void the_history_compares_the_new_sections() {
        long planId = writtenEhcp();
        plans.agree(planId);
        login("caseworker");
        plans.startReview(planId);
        PlanContent draft = plans.open(planId).shown();
        plans.saveDraft(planId, plans.open(planId).shownVersionLock(), draft.withEhc(draft.ehc().withPlacement(
                new EhcSections.Placement("Brookside Special School", PlacementType.SPECIAL_SCHOOL),
                draft.ehc().personalBudget())));
        assertThat(plans.compare(planId, 1, 2)).extracting(PlanDiff.Change::path)
                .containsExactly("placement/name", "placement/type");
    }

    @Test
    void only_the_authority_writes_an_ehcp_and_another_authority_cannot_read_it() {
        long planId = writtenEhcp();
        login("senco");
        UI.getCurrent().navigate(PlanEditorView.class, new RouteParameters("planId", String.valueOf(planId)));
        _get(org.waymark.base.ui.AccessRefusedView.class);
        assertThatThrownBy(() -> plans.saveDraft(planId, 0, PlanContent.empty()))
                .isInstanceOf(AccessDeniedException.class);
        login("caseworker.cy");
        assertThatThrownBy(() -> plans.pdf(planId, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.agree(planId)).isInstanceOf(AccessDeniedException.class);
        login("parent");
        assertThatThrownBy(() -> plans.open(planId)).isInstanceOf(AccessDeniedException.class);
    }
}
