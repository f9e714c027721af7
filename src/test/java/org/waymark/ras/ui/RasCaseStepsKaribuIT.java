package org.waymark.ras.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.PdfText;
import org.waymark.RasScenarios;
import org.waymark.SignIn;
import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.ras.domain.RasCaseStatus;
import org.waymark.ras.domain.RasRate;
import org.waymark.ras.service.RasCaseService;
import org.waymark.ras.service.RasEvidenceService;
import org.waymark.security.service.AccountService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;

/**
 * The RAS case page's later steps on screen, role by role: the case co-ordinator attaches a
 * document as an outcome's evidence (the lead sees it listed, without an upload); the TAC form
 * costs lines from the configured rates, shows the total against the indicative resource and asks
 * what was reconsidered when over; the lead co-ordinator's sign-off button with its confirmation,
 * which the case co-ordinator and the personalisation officer do not see.
 */
class RasCaseStepsKaribuIT extends KaribuTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired RasScenarios scenarios;
    @Autowired RasCaseService cases;
    @Autowired RasEvidenceService evidence;
    @Autowired RasCaseRepository repository;
    @Autowired AccountService accounts;

    private void open(long caseId) {
        UI.getCurrent().navigate(RasCaseView.class, new RouteParameters("caseId", String.valueOf(caseId)));
    }

    private RasCase rasCase(long id) {
        return repository.findById(id).orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_case_coordinator_attaches_a_document_as_an_outcomes_evidence() throws Exception {
        long caseId = scenarios.opened(scenarios.freshPupil());
        login("caseworker.gl");
        open(caseId);
        Select<String> forOutcome = _get(Select.class, spec -> spec.withId("ras-evidence-outcome"));
        forOutcome.setValue("COMMUNICATION");
        AttachmentsPanel panel = _get(AttachmentsPanel.class, spec -> spec.withId("ras-evidence"));
        panel.receive("speech-therapy-report.pdf", PDF);
        assertThat(panel.errorText()).isEmpty();
        assertThat(panel.getElement().getTextRecursively()).contains("speech-therapy-report.pdf")
                .contains("Communicating and being understood");
        RasEvidenceService.Evidence files = evidence.evidence(caseId);
        assertThat(files.forOutcome("COMMUNICATION")).extracting(a -> a.getDisplayName())
                .containsExactly("speech-therapy-report.pdf");
        assertThat(files.forOutcome("LEARNING")).isEmpty();

        // the document stands for written evidence: a difficulty with only the document may go for verification
        _get(RasCaseView.class).show(); // the page as it reads when opened again
        assertThat(_get(Paragraph.class, spec -> spec.withId("ras-documents-COMMUNICATION")).getText())
                .isEqualTo("Documents: speech-therapy-report.pdf");
        ((Select<Integer>) _get(Select.class, spec -> spec.withId("ras-level-COMMUNICATION"))).setValue(2);
        _click(_get(Button.class, spec -> spec.withId("ras-submit-scores")));
        Confirming.confirm("confirm-ras-submit");
        assertThat(rasCase(caseId).getStatus()).isEqualTo(RasCaseStatus.TO_VERIFY);
        assertThat(PdfText.of(cases.summaryPdf(caseId, java.util.Locale.ENGLISH)))
                .contains("Documents: speech-therapy-report.pdf");

        // the lead reads the list but has no upload
        login("lead.send.gl");
        open(caseId);
        assertThat(_get(AttachmentsPanel.class, spec -> spec.withId("ras-evidence")).getElement().getTextRecursively())
                .contains("speech-therapy-report.pdf");
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(_find(Select.class, spec -> spec.withId("ras-evidence-outcome"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void line(int index, String rateCode, String hours) {
        Select<RasRate> rate = _get(Select.class, spec -> spec.withId("ras-tac-rate-" + index));
        rate.setValue(rate.getListDataView().getItems().filter(r -> r.code().equals(rateCode)).findFirst().orElseThrow());
        _get(BigDecimalField.class, spec -> spec.withId("ras-tac-hours-" + index)).setValue(new BigDecimal(hours));
    }

    @Test
    void the_tac_form_costs_lines_against_the_indicative_resource_and_asks_what_was_reconsidered_when_over() {
        long caseId = scenarios.moderated(scenarios.freshPupil(), 3, 3, 2, 2, 2, 1, 1, 0, 1, 2);
        BigDecimal indicative = rasCase(caseId).getIndicative();
        login("caseworker.gl");
        open(caseId);
        _get(TextArea.class, spec -> spec.withId("ras-tac-outcomes")).setValue("To read simple sentences alone.");
        line(0, "TA", "30");
        line(1, "MDS", "2.5");
        _click(_get(Button.class, spec -> spec.withId("ras-tac-cost")));
        TextArea reconsidered = _get(TextArea.class, spec -> spec.withId("ras-tac-reconsidered"));
        assertThat(reconsidered.isInvalid()).isTrue();
        assertThat(reconsidered.getErrorMessage())
                .isEqualTo("The plan costs more than the indicative resource: say what the TAC reconsidered.");
        assertThat(rasCase(caseId).getTotalCost()).isNull();

        reconsidered.setValue("Shared support at lunchtime was tried for a term.");
        _click(_get(Button.class, spec -> spec.withId("ras-tac-cost")));
        // 30 h × £15.71 × 39 + 2.5 h × £12 × 39
        assertThat(rasCase(caseId).getTotalCost()).isEqualByComparingTo("19550.70");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ras-tac-total")).getText()).isEqualTo(
                "Costed at " + RasLabels.money(new BigDecimal("19550.70")) + " a year against an indicative resource of "
                        + RasLabels.money(indicative) + "; sign-off limit " + RasLabels.money(new BigDecimal("10363.00"))
                        + ".");

        // costed again within the indicative resource: nothing to reconsider is asked
        reconsidered = _get(TextArea.class, spec -> spec.withId("ras-tac-reconsidered"));
        reconsidered.setValue("");
        line(0, "TA", "1");
        _click(_get(Button.class, spec -> spec.withId("ras-tac-cost")));
        assertThat(rasCase(caseId).getTotalCost()).isEqualByComparingTo("1782.69"); // 1 × 15.71 × 39 + 1,170
        assertThat(rasCase(caseId).getReconsidered()).isNull();
    }

    /** A case costed within its indicative resource and routed to the lead's sign-off. */
    private long toSignOff() {
        long id = scenarios.moderated(scenarios.freshPupil(), 2, 2, 1, 1, 1, 1, 1, 0, 1, 1);
        scenarios.costed(id, "4", "");
        SignIn.as(accounts, "caseworker.gl");
        cases.route(id, scenarios.version(id), false);
        assertThat(rasCase(id).getStatus()).isEqualTo(RasCaseStatus.TO_SIGN_OFF);
        return id;
    }

    @Test
    void only_the_lead_coordinator_has_the_sign_off_button_and_it_asks_first() {
        long caseId = toSignOff();
        for (String other : new String[] {"caseworker.gl", "personalisation.gl"}) {
            login(other);
            open(caseId);
            assertThat(_find(Button.class, spec -> spec.withId("ras-sign-off"))).as(other).isEmpty();
        }
        login("lead.send.gl");
        open(caseId);
        _click(_get(Button.class, spec -> spec.withId("ras-sign-off")));
        assertThat(Confirming.open("confirm-ras-sign-off")).isTrue();
        assertThat(Confirming.says("confirm-ras-sign-off")).contains(RasLabels.money(new BigDecimal("3620.76")));
        Confirming.cancel("confirm-ras-sign-off");
        assertThat(rasCase(caseId).getStatus()).isEqualTo(RasCaseStatus.TO_SIGN_OFF);
        _click(_get(Button.class, spec -> spec.withId("ras-sign-off")));
        Confirming.confirm("confirm-ras-sign-off");
        assertThat(rasCase(caseId).getStatus()).isEqualTo(RasCaseStatus.SIGNED_OFF);
        assertThat(rasCase(caseId).getDecidedAmount()).isEqualByComparingTo("3620.76");
        assertThat(_find(Button.class, spec -> spec.withId("ras-sign-off"))).isEmpty();
    }
}
