package org.waymark.ras.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.RasScenarios;
import org.waymark.base.ui.Translations;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.ras.domain.RasCaseStatus;
import org.waymark.ras.service.RasCaseService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/**
 * A RAS case on screen, role by role: the case co-ordinator opens it for a pupil, scores it (a
 * difficulty without evidence is refused beside its field) and sends it; the lead SEND co-ordinator
 * verifies it (the co-ordinator has no such button); the personalisation officer sees the converter's
 * figure with the similar past cases and sets the indicative resource; the page in Welsh.
 */
class RasCaseKaribuIT extends KaribuTest {

    @Autowired RasScenarios scenarios;
    @Autowired RasCaseService cases;
    @Autowired RasCaseRepository repository;

    private void open(long caseId) {
        UI.getCurrent().navigate(RasCaseView.class, new RouteParameters("caseId", String.valueOf(caseId)));
    }

    @SuppressWarnings("unchecked")
    private static void level(String code, int level) {
        ((Select<Integer>) _get(Select.class, spec -> spec.withId("ras-level-" + code))).setValue(level);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_case_coordinator_opens_scores_and_sends_a_case_evidence_beside_its_field() {
        long pupilId = scenarios.freshPupil();
        login("caseworker.gl");
        UI.getCurrent().navigate(RasCasesView.class);
        ComboBox<RasCaseService.PupilChoice> pupil = _get(ComboBox.class, spec -> spec.withId("ras-open-pupil"));
        RasCaseService.PupilChoice choice = cases.pupilsToOpen("").stream().filter(p -> p.pupilId() == pupilId)
                .findFirst().orElseGet(() -> new RasCaseService.PupilChoice(pupilId, "", "", "Y3"));
        pupil.setValue(choice);
        _click(_get(Button.class, spec -> spec.withId("ras-open")));
        long caseId = repository.findByPupilIdOrderByOpenedAtDesc(pupilId).getFirst().getId();
        assertThat(_get(H2.class, spec -> spec.withId("ras-case-heading")).getText()).startsWith("RAS for ");
        level("COMMUNICATION", 2);
        _click(_get(Button.class, spec -> spec.withId("ras-submit-scores")));
        Confirming.confirm("confirm-ras-submit");
        TextArea evidence = _get(TextArea.class, spec -> spec.withId("ras-evidence-COMMUNICATION"));
        assertThat(evidence.isInvalid()).isTrue();
        assertThat(evidence.getErrorMessage()).contains("say which evidence shows this level");
        assertThat(repository.findById(caseId).orElseThrow().getStatus()).isEqualTo(RasCaseStatus.SCORING);
        evidence.setValue("Speech and language therapy report, March");
        _click(_get(Button.class, spec -> spec.withId("ras-submit-scores")));
        Confirming.confirm("confirm-ras-submit");
        assertThat(repository.findById(caseId).orElseThrow().getStatus()).isEqualTo(RasCaseStatus.TO_VERIFY);
        assertThat(repository.findById(caseId).orElseThrow().getPoints()).isEqualTo(6);
        // the co-ordinator cannot verify their own case
        assertThat(_find(Button.class, spec -> spec.withId("ras-verify"))).isEmpty();
    }

    @Test
    void the_lead_verifies_and_the_personalisation_officer_sets_the_indicative_resource() {
        long caseId = scenarios.submitted(scenarios.freshPupil(), 2, 2, 1, 1, 1);
        login("lead.send.gl");
        open(caseId);
        assertThat(_find(Button.class, spec -> spec.withId("ras-moderate"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("ras-verify")));
        assertThat(Confirming.says("confirm-ras-verify")).contains("(" + repository.findById(caseId).orElseThrow()
                .getPoints() + " points)");
        Confirming.confirm("confirm-ras-verify");
        assertThat(repository.findById(caseId).orElseThrow().getStatus()).isEqualTo(RasCaseStatus.VERIFIED);

        login("personalisation.gl");
        open(caseId);
        assertThat(_get(Paragraph.class, spec -> spec.withId("ras-converter-figure")).getText())
                .startsWith("The converter gives £");
        assertThat(_get(Grid.class, spec -> spec.withId("ras-similar")).getGenericDataView().getItems().count())
                .isEqualTo(10);
        _click(_get(Button.class, spec -> spec.withId("ras-moderate")));
        Confirming.confirm("confirm-ras-moderate");
        var moderated = repository.findById(caseId).orElseThrow();
        assertThat(moderated.getStatus()).isEqualTo(RasCaseStatus.MODERATED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("ras-indicative")).getText())
                .isEqualTo("Indicative resource: " + RasLabels.money(moderated.getIndicative()) + " a year.");
    }

    @Test
    void the_case_page_and_the_list_read_in_welsh() {
        long caseId = scenarios.submitted(scenarios.freshPupil(), 1, 1);
        login("lead.send.gl");
        UI.getCurrent().setLocale(Translations.WELSH);
        open(caseId);
        assertThat(_get(H2.class, spec -> spec.withId("ras-case-heading")).getText()).startsWith("RAS ar gyfer ");
        assertThat(_get(Button.class, spec -> spec.withId("ras-verify")).getText()).isEqualTo("Gwirio");
        UI.getCurrent().navigate(RasCasesView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Achosion RAS");
        List<String> ids = _find(Button.class).stream().map(b -> b.getId().orElse("")).toList();
        assertThat(ids).doesNotContain("ras-open"); // only the case co-ordinator opens cases
    }
}
