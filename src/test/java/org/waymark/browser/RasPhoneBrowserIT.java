package org.waymark.browser;



import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.RasScenarios;
import org.waymark.SignIn;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.service.RasCaseService;
import org.waymark.ras.service.RasEvidenceService;
import org.waymark.security.service.AccountService;
import java.time.LocalDate;


/**
 * The RAS case page on a 390-px phone (issue 18): the case co-ordinator's page of a case
 * being scored — outcomes with their scales, the evidence documents with the upload — and of the
 * annual review waiting for the setting's reports fit the screen without sideways scrolling, and
 * axe-core finds no serious or critical accessibility problem on them.
 */
class RasPhoneBrowserIT extends BrowserTest {


    @Autowired JdbcClient jdbc;
    @Autowired RasScenarios scenarios;
    @Autowired RasCaseService cases;
    @Autowired RasEvidenceService evidence;
    @Autowired AccountService accounts;
    @Autowired java.time.Clock clock;

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** A pupil of the RAS county's school in the last year of key stage 2, with no RAS case. */
    private long transitionPupil() {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :name"
                        + " AND p.year_group = 'Y6' AND NOT EXISTS (SELECT 1 FROM ras_case c WHERE c.pupil_id = p.id)"
                        + " ORDER BY p.id LIMIT 1")
                .param("name", RasScenarios.SCHOOL).query(Long.class).single();
    }

    @Test
    void the_ras_case_page_fits_a_phone_and_passes_axe() {
        // the tests' demo has no work in flight: a case being scored with a document, an annual
        // review awaiting the setting's reports, and one at the TAC meeting, made through the services
        long scoring = scenarios.opened(scenarios.freshPupil());
        evidence.attach(scoring, "COMMUNICATION", AttachmentKind.PROFESSIONAL_REPORT, "speech-report.pdf", PDF);
        SignIn.as(accounts, "caseworker.gl");
        long awaiting = cases.open(transitionPupil(), RasCaseKind.ANNUAL_REVIEW, LocalDate.now(clock).plusWeeks(4));
        long atTac = scenarios.moderated(scenarios.freshPupil(), 2, 2, 1, 1, 1);
        SecurityContextHolder.clearContext();

        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        signIn("caseworker.gl", "waymark-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-drawer-toggle")));
        driver.get(url("/ras/cases/" + scoring));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ras-scores")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ras-evidence")));
        fitsPhoneAndPassesAxe("RAS case being scored");
        driver.get(url("/ras/cases/" + awaiting));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ras-outcome-review")));
        fitsPhoneAndPassesAxe("RAS annual review awaiting reports");
        driver.get(url("/ras/cases/" + atTac));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ras-tac")));
        fitsPhoneAndPassesAxe("RAS case at the TAC meeting");
    }
}
