package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A SENCO attaches files to a plan through the real upload: a document is kept and downloads
 * with a safe name and its real type; a program dressed up as a PDF is refused with a message.
 */
class PlanAttachmentBrowserIT extends BrowserTest {

    @Autowired JdbcClient jdbc;

    private WebElement fileInput() {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attachment-upload")));
        return (WebElement) js("return arguments[0].querySelector('input[type=file]')"
                + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
    }

    @Test
    void a_document_is_kept_and_downloads_safely_and_a_program_is_refused() throws Exception {
        long planId = jdbc.sql("SELECT sp.id FROM support_plan sp JOIN pupil p ON p.id = sp.pupil_id"
                + " JOIN school s ON s.id = p.school_id WHERE s.name = 'Larkfield Primary School'"
                + " AND sp.status <> 'CEASED' AND sp.plan_type = 'SEN_SUPPORT' ORDER BY sp.id LIMIT 1")
                .query(Long.class).single();
        Path dir = Files.createTempDirectory("waymark-upload");
        Path pdf = dir.resolve("Risk \"assessment\".pdf");
        Files.writeString(pdf, "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", StandardCharsets.US_ASCII);
        Path fake = dir.resolve("homework.pdf");
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        Files.write(fake, program);

        signIn("senco", "waymark-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        driver.get(url("/plans/" + planId));
        fileInput().sendKeys(pdf.toString());
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='attachments']//a[normalize-space(.)='Risk _assessment_.pdf']")));

        String headers = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => done(r.status + '|' + r.headers.get('content-type') + '|'"
                        + " + r.headers.get('content-disposition') + '|' + r.headers.get('x-content-type-options')))"
                        + ".catch(e => done('error ' + e));", link);
        String[] parts = headers.split("\\|");
        assertThat(parts[0]).isEqualTo("200");
        assertThat(parts[1]).startsWith("application/pdf");
        assertThat(parts[2]).startsWith("attachment;").contains("Risk _assessment_.pdf").doesNotContain("\"assessment\"");
        assertThat(parts[3]).isEqualTo("nosniff");

        WebElement input = fileInput();
        js("arguments[0].value = ''", input); // a fresh choice, not the first file plus this one
        input.sendKeys(fake.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachment-error"),
                "homework.pdf was not attached. This kind of file cannot be attached."));
        assertThat(driver.findElements(By.xpath("//*[@id='attachments']//a[contains(., 'homework')]"))).isEmpty();
    }
}
