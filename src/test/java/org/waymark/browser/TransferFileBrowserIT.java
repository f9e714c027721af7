package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pupil page's "Common transfer file for a school outside the authority" section (issue 22
 * point 5) in a real browser at phone width: with the section on screen the page fits 390 px and
 * axe finds nothing serious, before and with a malformed LA number marked beside its field; the
 * download link is offered again once the number will do.
 */
class TransferFileBrowserIT extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.context.MessageSource messages;

    @Test
    void a_senco_on_a_phone_sees_the_transfer_file_section_fit_and_pass_axe() {
        long pupilId = jdbc.sql("SELECT MIN(p.id) FROM pupil p JOIN app_user u ON u.school_id = p.school_id"
                        + " WHERE u.username = 'senco' AND p.upn IS NOT NULL"
                        + " AND EXISTS (SELECT 1 FROM enrolment e WHERE e.pupil_id = p.id AND e.end_date IS NULL)")
                .query(Long.class).single();
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        signIn("senco", "waymark-demo");
        driver.get(url("/pupils/" + pupilId));
        WebElement section = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pupil-transfer-file")));
        js("arguments[0].scrollIntoView({block: 'start'})", section);
        WebElement download = driver.findElement(By.id("transfer-download"));
        assertThat(download.getDomAttribute("href")).as("offered at first (destination not known)").isNotBlank();
        fitsPhoneAndPassesAxe("pupil page, transfer file section");

        WebElement lea = driver.findElement(By.cssSelector("#transfer-dest-lea input"));
        lea.sendKeys("88");
        WebElement leaField = driver.findElement(By.id("transfer-dest-lea"));
        wait.until(d -> leaField.getDomAttribute("invalid") != null);
        wait.until(d -> d.findElement(By.id("transfer-download")).getDomAttribute("href") == null);
        assertThat(leaField.findElement(By.cssSelector("[slot='error-message']")).getText()).as("the message beside the field")
                .isEqualTo(messages.getMessage("imports.export.destLea", null, java.util.Locale.ENGLISH));
        fitsPhoneAndPassesAxe("pupil page, transfer file section with a malformed LA number");

        lea.sendKeys("6");
        driver.findElement(By.cssSelector("#transfer-dest-estab input")).sendKeys("2001");
        wait.until(d -> leaField.getDomAttribute("invalid") == null);
        wait.until(d -> d.findElement(By.id("transfer-download")).getDomAttribute("href") != null);
        fitsPhoneAndPassesAxe("pupil page, transfer file section with a receiving school");
    }
}
