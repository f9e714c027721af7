package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The RAS case page on a 390-px phone (issue 18): the case co-ordinator's page of the demo case
 * being scored — outcomes with their scales, the evidence documents with the upload — and of the
 * annual review waiting for the setting's reports fit the screen without sideways scrolling, and
 * axe-core finds no serious or critical accessibility problem on them.
 */
class RasPhoneBrowserIT extends BrowserTest {

    private static final int PHONE_WIDTH = 390;

    @Autowired JdbcClient jdbc;

    private long caseAt(String status) {
        return jdbc.sql("SELECT c.id FROM ras_case c WHERE c.status = :s ORDER BY c.id LIMIT 1").param("s", status)
                .query(Long.class).single();
    }

    private void fitsAndPassesAxe(String page) {
        assertThat((Long) js("return document.documentElement.scrollWidth")).as(page + ": sideways scrolling")
                .isLessThanOrEqualTo(PHONE_WIDTH);
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                serious.add(violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " — "
                        + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList());
            }
        }
        assertThat(serious).as(page + ": axe-core").isEmpty();
    }

    @Test
    void the_ras_case_page_fits_a_phone_and_passes_axe() {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        signIn("caseworker.gl", "waymark-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-drawer-toggle")));
        driver.get(url("/ras/cases/" + caseAt("SCORING")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ras-scores")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ras-evidence")));
        fitsAndPassesAxe("RAS case being scored");
        driver.get(url("/ras/cases/" + caseAt("REPORTS_AWAITED")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ras-outcome-review")));
        fitsAndPassesAxe("RAS annual review awaiting reports");
        driver.get(url("/ras/cases/" + caseAt("MODERATED")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ras-tac")));
        fitsAndPassesAxe("RAS case at the TAC meeting");
    }
}
