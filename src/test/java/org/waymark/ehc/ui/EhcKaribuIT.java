package org.waymark.ehc.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.Confirming;
import org.waymark.EhcScenarios;
import org.waymark.KaribuTest;
import org.waymark.PdfText;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.base.ui.AccessRefusedView;
import org.waymark.ehc.domain.AdviceKind;
import org.waymark.ehc.domain.AssessmentStatus;
import org.waymark.ehc.domain.AssessmentStep;
import org.waymark.ehc.domain.EhcAssessment;
import org.waymark.ehc.domain.EhcAssessmentRepository;
import org.waymark.ehc.domain.RequestSource;
import org.waymark.ehc.service.AssessmentListService;
import org.waymark.ehc.service.AssessmentService;
import org.waymark.ehc.service.EhcRequestService;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.service.PlanDetails;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.AreaOfNeed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

/**
 * The EHC needs assessment through its screens (issue 17): a parent asks on the request form
 * (messages beside the fields, nothing stored on bad input); the caseworker decides to assess, the
 * advice comes back, the draft opens the plan editor with the request's areas of need, the draft goes
 * to the parents, the named school is consulted, and agreeing the plan issues it. Refusals make the
 * family's letter in their language with the appeal rights. The team leader's lists show overdue
 * steps, narrow by step, and re-assign; an exception pauses the clock. Others are refused, audited.
 */
class EhcKaribuIT extends KaribuTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired EhcScenarios scenarios;
    @Autowired EhcAssessmentRepository repository;
    @Autowired AssessmentService assessments;
    @Autowired AssessmentListService lists;
    @Autowired EhcRequestService requests;
    @Autowired PlanService plans;
    @Autowired JdbcClient jdbc;

    /** Signs in and reads the screens in English, whatever language another test left on the account. */
    private void signIn(String username) {
        login(username);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("ehc-status")).getElement().getAttribute("data-status");
    }

    private static String clockLine(AssessmentStep step) {
        return _get(ListItem.class, spec -> spec.withId("ehc-clock-" + step.name())).getElement().getTextRecursively();
    }

    private long assessmentsOf(long pupilId) {
        return repository.findByPupilIdOrderByReceivedOnDescIdDesc(pupilId).size();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_parent_asks_on_the_form_and_sees_the_request_in_their_list() {
        signIn("parent");
        UI.getCurrent().navigate(EhcRequestView.class);
        Select<EhcRequestService.Child> child = _get(Select.class, spec -> spec.withId("ehc-request-child"));
        EhcRequestService.Child first = child.getListDataView().getItems().findFirst().orElseThrow();
        long before = assessmentsOf(first.pupilId());
        click("ehc-request-send");
        assertThat(child.isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("ehc-request-reasons")).getErrorMessage())
                .isEqualTo("Fill this in.");
        assertThat(_get(CheckboxGroup.class, spec -> spec.withId("ehc-request-needs")).getErrorMessage())
                .isEqualTo("Choose at least one area of need.");
        assertThat(assessmentsOf(first.pupilId())).isEqualTo(before);
        child.setValue(first);
        _get(TextArea.class, spec -> spec.withId("ehc-request-reasons"))
                .setValue("She cannot follow what is said in class and her speech is hard to understand.");
        ((CheckboxGroup<AreaOfNeed>) _get(CheckboxGroup.class, spec -> spec.withId("ehc-request-needs")))
                .setValue(Set.of(AreaOfNeed.COMMUNICATION_INTERACTION));
        click("ehc-request-send");
        assertThat(Confirming.open("confirm-ehc-request")).isTrue();
        Confirming.confirm("confirm-ehc-request");
        assertThat(assessmentsOf(first.pupilId())).isEqualTo(before + 1);
        EhcAssessment made = repository.findByPupilIdOrderByReceivedOnDescIdDesc(first.pupilId()).getFirst();
        long id = Objects.requireNonNull(made.getId());
        assertThat(made.getSource()).isEqualTo(RequestSource.PARENT);
        assertThat(made.getRequester()).isEqualTo("Hannah Carver");
        assertThat(made.getReceivedOn()).isEqualTo(today());
        assertThat(status()).isEqualTo("REQUESTED");
        assertThat(clockLine(AssessmentStep.DECISION)).contains("42 days left");
        // the same page in Welsh
        UI.getCurrent().setLocale(org.waymark.base.ui.Translations.WELSH);
        UI.getCurrent().navigate("ehc/assessments/" + id);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("ehc-heading")).getText())
                .isEqualTo("Asesiad o anghenion AIG: " + first.name());
        assertThat(clockLine(AssessmentStep.DECISION)).startsWith("Penderfyniad a ddylid asesu (6 wythnos)")
                .contains("42 diwrnod ar ôl");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        // the parent adds a letter as evidence; a second request for the same child is refused
        requests.attachEvidence(id, AttachmentKind.OTHER, "gp-letter.pdf", PDF);
        assertThat(requests.evidence(id).attachments()).hasSize(1);
        assertThatThrownBy(() -> requests.request(new EhcRequestService.RequestInput(first.pupilId(), null, "", "",
                "Again", Set.of(AreaOfNeed.COGNITION_LEARNING), null)))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
        UI.getCurrent().navigate(EhcAssessmentsView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("ehc-mine-" + id)).getText()).isEqualTo(first.name());
        // the caseworker holding it was told
        String holder = made.getCaseworker();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = :r AND link = :l")
                .param("r", holder).param("l", "ehc/assessments/" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_senco_asks_and_the_caseworker_takes_it_from_decision_through_advice_and_draft_to_the_final_plan() {
        long pupilId = scenarios.freshPupil(EhcScenarios.SCHOOL);
        String name = jdbc.sql("SELECT last_name FROM pupil WHERE id = :p").param("p", pupilId).query(String.class).single();
        signIn("senco");
        UI.getCurrent().navigate(EhcRequestView.class);
        var box = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("ehc-request-pupil"));
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(box, name);
        List<org.waymark.pupils.domain.PupilRow> offered = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(box);
        assertThat(offered).allMatch(p -> p.schoolName().equals(EhcScenarios.SCHOOL));
        box.setValue(offered.stream().filter(p -> p.id() == pupilId).findFirst().orElseThrow());
        _get(TextArea.class, spec -> spec.withId("ehc-request-reasons"))
                .setValue("Two years of SEN support; progress in speech and reading has stalled.");
        ((CheckboxGroup<AreaOfNeed>) _get(CheckboxGroup.class, spec -> spec.withId("ehc-request-needs")))
                .setValue(Set.of(AreaOfNeed.COMMUNICATION_INTERACTION, AreaOfNeed.COGNITION_LEARNING));
        click("ehc-request-send");
        Confirming.confirm("confirm-ehc-request");
        long id = Objects.requireNonNull(repository.findByPupilIdOrderByReceivedOnDescIdDesc(pupilId).getFirst().getId());
        assertThat(repository.findById(id).orElseThrow().getSource()).isEqualTo(RequestSource.SCHOOL);
        requests.attachEvidence(id, AttachmentKind.PROFESSIONAL_REPORT, "slt-report.pdf", PDF);

        // the caseworker decides to assess: four advisers are asked
        signIn("caseworker");
        UI.getCurrent().navigate("ehc/assessments/" + id);
        Select<Boolean> assess = _get(Select.class, spec -> spec.withId("ehc-decide-assess"));
        assess.setValue(true);
        click("ehc-decide");
        Confirming.confirm("confirm-ehc-decision");
        assertThat(status()).isEqualTo("ASSESSING");
        List<AssessmentService.AdviceLine> advice = assessments.page(id).advice();
        assertThat(advice).extracting(l -> l.advice().getKind()).containsExactly(AdviceKind.EDUCATION,
                AdviceKind.HEALTH, AdviceKind.SOCIAL_CARE, AdviceKind.EDUCATIONAL_PSYCHOLOGY);
        assertThat(advice).allMatch(l -> l.due().equals(today().plusWeeks(6)));
        // advice cannot be recorded as back before it is attached; then it can
        long healthId = Objects.requireNonNull(advice.get(1).advice().getId());
        click("ehc-advice-return-" + healthId);
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(AssessmentStatus.ASSESSING);
        assertThat(assessments.page(id).advice().get(1).advice().outstanding()).isTrue();
        for (AssessmentService.AdviceLine line : advice) {
            long adviceId = Objects.requireNonNull(line.advice().getId());
            assessments.attachAdvice(adviceId, AttachmentKind.PROFESSIONAL_REPORT, "advice.pdf", PDF);
            UI.getCurrent().navigate("ehc/assessments/" + id);
            click("ehc-advice-return-" + adviceId);
        }
        assertThat(assessments.page(id).advice()).allMatch(l -> !l.advice().outstanding() && !l.late());

        // the draft opens the plan editor with the request's areas of need
        click("ehc-draft");
        Confirming.confirm("confirm-ehc-draft");
        long planId = Objects.requireNonNull(repository.findById(id).orElseThrow().getSupportPlanId());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("plans/" + planId + "/edit");
        PlanDetails plan = plans.open(planId);
        assertThat(plan.shown().needs()).extracting(PlanContent.Need::area)
                .containsExactly(AreaOfNeed.COGNITION_LEARNING, AreaOfNeed.COMMUNICATION_INTERACTION);

        // sent to the parents, their reply, the named school consulted and answering
        UI.getCurrent().navigate("ehc/assessments/" + id);
        click("ehc-send");
        Confirming.confirm("confirm-ehc-send");
        assertThat(clockLine(AssessmentStep.COMMENTS)).contains("15 days left");
        assertThat(plans.open(planId).commentDaysLeft()).isEqualTo(15);
        _get(TextField.class, spec -> spec.withId("ehc-reply-school")).setValue("Larkfield Primary School");
        click("ehc-reply");
        click("ehc-consult");
        assertThat(clockLine(AssessmentStep.CONSULTATION)).contains("15 days left");
        click("ehc-answer");
        assertThat(repository.findById(id).orElseThrow().getSchoolAnsweredOn()).isEqualTo(today());

        // agreeing the plan issues the final plan
        PlanDetails draft = plans.open(planId);
        plans.saveDraft(planId, draft.shownVersionLock(), draft.shown()
                .withOutcomes(List.of(new PlanContent.Outcome("O1", "Talks with friends in short sentences",
                        today().plusMonths(9))))
                .withProvisions(List.of(new PlanContent.Provision("O1", "Speech and language programme",
                        "Speech and language therapist with a trained assistant", "Three times a week",
                        new BigDecimal("1.5"), new BigDecimal("2400"), DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE))));
        plans.agree(planId);
        EhcAssessment issued = repository.findById(id).orElseThrow();
        assertThat(issued.getStatus()).isEqualTo(AssessmentStatus.ISSUED);
        assertThat(issued.getClosedOn()).isEqualTo(today());
        UI.getCurrent().navigate("ehc/assessments/" + id);
        assertThat(clockLine(AssessmentStep.FINAL)).contains("done").doesNotContain("late");
        // the school sees it issued
        signIn("senco");
        UI.getCurrent().navigate(EhcAssessmentsView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("ehc-mine-" + id)).getText()).isNotBlank();
        assertThat(requests.mine()).anyMatch(r -> Objects.equals(r.assessment().getId(), id)
                && r.assessment().getStatus() == AssessmentStatus.ISSUED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_caseworker_records_a_professionals_request_and_a_refusal_makes_the_letter_with_appeal_rights() throws Exception {
        long pupilId = scenarios.freshPupil(EhcScenarios.SCHOOL);
        String name = jdbc.sql("SELECT last_name FROM pupil WHERE id = :p").param("p", pupilId).query(String.class).single();
        signIn("caseworker");
        UI.getCurrent().navigate(EhcRequestView.class);
        var box = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("ehc-request-pupil"));
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(box, name);
        List<org.waymark.pupils.domain.PupilRow> offered = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(box);
        box.setValue(offered.stream().filter(p -> p.id() == pupilId).findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId("ehc-request-requester")).setValue("Dr Priya Nair");
        _get(TextArea.class, spec -> spec.withId("ehc-request-reasons")).setValue("Frequent seizures; misses lessons.");
        ((CheckboxGroup<AreaOfNeed>) _get(CheckboxGroup.class, spec -> spec.withId("ehc-request-needs")))
                .setValue(Set.of(AreaOfNeed.SENSORY_MEDICAL_PHYSICAL));
        click("ehc-request-send");
        Confirming.confirm("confirm-ehc-request");
        // a professional says who they are
        assertThat(_get(TextField.class, spec -> spec.withId("ehc-request-role")).getErrorMessage())
                .isEqualTo("Fill this in.");
        assertThat(assessmentsOf(pupilId)).isZero();
        _get(TextField.class, spec -> spec.withId("ehc-request-role")).setValue("Consultant neurologist");
        click("ehc-request-send");
        Confirming.confirm("confirm-ehc-request");
        long id = Objects.requireNonNull(repository.findByPupilIdOrderByReceivedOnDescIdDesc(pupilId).getFirst().getId());

        // not assessing needs reasons
        _get(Select.class, spec -> spec.withId("ehc-decide-assess")).setValue(false);
        click("ehc-decide");
        Confirming.confirm("confirm-ehc-decision");
        assertThat(_get(TextArea.class, spec -> spec.withId("ehc-decide-reasons")).getErrorMessage())
                .isEqualTo("Fill this in.");
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(AssessmentStatus.REQUESTED);
        _get(TextArea.class, spec -> spec.withId("ehc-decide-reasons"))
                .setValue("The school's health care plan and SEN support meet the need.");
        click("ehc-decide");
        Confirming.confirm("confirm-ehc-decision");
        assertThat(status()).isEqualTo("NOT_ASSESSED");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("ehc-letter"))).hasSize(1);
        String letter = PdfText.of(assessments.letter(id).bytes()).replaceAll("\\s+", " ");
        assertThat(letter).contains("Decision not to carry out an EHC needs assessment")
                .contains("The school's health care plan and SEN support meet the need.")
                .contains("First-tier Tribunal (Special Educational Needs and Disability)")
                .contains("from a professional: Dr Priya Nair")
                .contains("mediation").contains("Dr Priya Nair");
        assertThat(assessments.letter(id).language()).isEqualTo("en");

        // a family who prefer Welsh get it in Welsh; after assessing, not issuing a plan
        long welsh = scenarios.recorded(today().minusWeeks(10));
        jdbc.sql("UPDATE pupil SET preferred_language = 'cy' WHERE id = :p").param("p", scenarios.pupilOf(welsh)).update();
        signIn("caseworker");
        assessments.decide(welsh, scenarios.version(welsh), true, "", today().minusWeeks(8));
        assertThatThrownBy(() -> assessments.letter(welsh)).isInstanceOf(org.waymark.base.domain.ConflictException.class);
        assessments.notIssue(welsh, scenarios.version(welsh), "Mae’r cyngor a gafwyd yn dangos y gall yr ysgol ddiwallu’r anghenion.",
                today());
        EhcAssessmentLetterCheck.welsh(PdfText.of(assessments.letter(welsh).bytes()).replaceAll("\\s+", " "));
        assertThat(assessments.letter(welsh).fileName()).endsWith("-cy.pdf");
        // the parent's school sees the letter too; another school does not
        signIn("senco");
        assertThat(PdfText.of(assessments.letter(welsh).bytes())).contains("Tribiwnlys Haen Gyntaf");
        signIn("senco.optedout");
        assertThatThrownBy(() -> assessments.letter(welsh)).isInstanceOf(AccessDeniedException.class);
    }

    /** The Welsh letter's own words. */
    static final class EhcAssessmentLetterCheck {
        static void welsh(String text) {
            assertThat(text).contains("Penderfyniad i beidio â chyhoeddi cynllun AIG")
                    .contains("Tribiwnlys Haen Gyntaf").contains("cyfryngu")
                    .contains("Mae’r cyngor a gafwyd yn dangos y gall yr ysgol ddiwallu’r anghenion.");
        }
    }

    @Test
    void others_are_refused_and_the_refusals_are_audited() {
        long id = scenarios.recorded(today().minusDays(3));
        long pupilId = scenarios.pupilOf(id);
        long before = scenarios.denials("READ_EHC_ASSESSMENT");
        // another authority's caseworker, another school's SENCO, another family's parent
        for (String other : List.of("caseworker.cy", "senco.optedout", "parent.cy")) {
            login(other);
            assertThatThrownBy(() -> assessments.page(id)).as(other).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(scenarios.denials("READ_EHC_ASSESSMENT")).isEqualTo(before + 3);
        // the Welsh county's caseworker has no EHC screens: the scheme gate refuses them
        signIn("caseworker.cy");
        UI.getCurrent().navigate("ehc/assessments/" + id);
        assertThat(_find(AccessRefusedView.class)).hasSize(1);
        // the English parent may not ask for another family's child, nor a SENCO for another school's pupil
        long requests0 = scenarios.denials("EHC_REQUEST");
        long other = scenarios.freshPupil(EhcScenarios.SCHOOL);
        signIn("parent");
        assertThatThrownBy(() -> requests.request(new EhcRequestService.RequestInput(other, null, "", "", "Worried",
                Set.of(AreaOfNeed.COGNITION_LEARNING), null))).isInstanceOf(AccessDeniedException.class);
        signIn("senco.optedout");
        assertThatThrownBy(() -> requests.request(new EhcRequestService.RequestInput(other, null, "", "", "Worried",
                Set.of(AreaOfNeed.COGNITION_LEARNING), null))).isInstanceOf(AccessDeniedException.class);
        assertThat(scenarios.denials("EHC_REQUEST")).isEqualTo(requests0 + 2);
        assertThat(assessmentsOf(other)).isZero();
        // the school's SENCO reads it but takes no step; a caseworker may not re-assign
        signIn("senco");
        assertThat(assessments.page(id).mayWrite()).isFalse();
        assertThatThrownBy(() -> assessments.decide(id, scenarios.version(id), true, "", today()))
                .isInstanceOf(AccessDeniedException.class);
        signIn("caseworker");
        assertThatThrownBy(() -> assessments.reassign(id, scenarios.version(id), "caseworker.two"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(AssessmentStatus.REQUESTED);
        assertThat(scenarios.pupilOf(id)).isEqualTo(pupilId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_team_leader_sees_overdue_steps_narrows_by_step_reassigns_and_an_exception_pauses_the_clock() {
        long overdue = scenarios.recorded(today().minusDays(50));
        signIn("teamlead");
        UI.getCurrent().navigate(EhcAssessmentsView.class);
        assertThat(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("ehc-filter-mine"))
                .getValue()).isFalse();
        String linkId = "ehc-overdue-" + overdue + "-DECISION";
        assertThat(_find(RouterLink.class, spec -> spec.withId(linkId))).hasSize(1);
        Select<AssessmentStep> step = _get(Select.class, spec -> spec.withId("ehc-filter-step"));
        step.setValue(AssessmentStep.ADVICE);
        assertThat(_find(RouterLink.class, spec -> spec.withId(linkId))).isEmpty();
        step.setValue(AssessmentStep.DECISION);
        assertThat(_find(RouterLink.class, spec -> spec.withId(linkId))).hasSize(1);

        // re-assigned to the second caseworker, whose due steps now hold it
        UI.getCurrent().navigate("ehc/assessments/" + overdue);
        Select<AssessmentService.Caseworker> to = _get(Select.class, spec -> spec.withId("ehc-reassign-to"));
        to.setValue(to.getListDataView().getItems().filter(c -> c.username().equals("caseworker.two")).findFirst()
                .orElseThrow());
        click("ehc-reassign");
        assertThat(repository.findById(overdue).orElseThrow().getCaseworker()).isEqualTo("caseworker.two");
        signIn("caseworker.two");
        assertThat(lists.myDueSteps()).anyMatch(r -> r.assessmentId() == overdue
                && r.due().step() == AssessmentStep.DECISION && r.due().standing().overdue()
                && r.due().standing().days() == 8);
        AssessmentListService.Lists mine = lists.lists(AssessmentListService.Filter.mine());
        // the count by step is of the same overdue decisions the second caseworker's due steps hold
        assertThat(mine.overdueByStep().get(AssessmentStep.DECISION)).isEqualTo(lists.myDueSteps().stream()
                .filter(r -> r.due().step() == AssessmentStep.DECISION && r.due().standing().overdue()).count());

        // an exception of 4 weeks or more needs 28 days; an open one pauses the clock from today
        UI.getCurrent().navigate("ehc/assessments/" + overdue);
        Select<org.waymark.ehc.domain.ClockException> reason = _get(Select.class, spec -> spec.withId("ehc-exception-reason"));
        reason.setValue(org.waymark.ehc.domain.ClockException.AWAY_FROM_AREA);
        _get(TextArea.class, spec -> spec.withId("ehc-exception-notes")).setValue("Staying with family in Poland");
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("ehc-exception-from"))
                .setValue(today().minusDays(20));
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("ehc-exception-to"))
                .setValue(today().minusDays(10));
        click("ehc-exception-record");
        assertThat(_get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("ehc-exception-to"))
                .getErrorMessage()).isEqualTo("This exception applies only to a period of 4 weeks (28 days) or more.");
        assertThat(repository.findById(overdue).orElseThrow().getPauses()).isEmpty();
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("ehc-exception-to")).clear();
        click("ehc-exception-record");
        assertThat(_find(Paragraph.class, spec -> spec.withId("ehc-paused"))).hasSize(1);
        // 21 days paused (20 days ago to today): the decision is now due 13 days from today
        assertThat(clockLine(AssessmentStep.DECISION)).contains("13 days left").contains("paused");
    }
}
