package org.waymark.browser;

import java.util.ArrayList;
import java.util.List;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the real-browser tests: the portal on a random port with its own in-memory database,
 * driven by Debian's headless Chromium through chromedriver (set explicitly, so Selenium never
 * tries to download a browser). Without a browser the tests say so loudly and skip, unless the
 * system property {@code waymark.browser.required=true} (CI) turns that into a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:waymark-browser;MODE=MySQL;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
abstract class BrowserTest {

    static final Path CHROMIUM = HeadlessChromium.CHROMIUM;
    static final Path CHROMEDRIVER = HeadlessChromium.CHROMEDRIVER;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "BROWSER TESTS NOT RUN: no " + CHROMIUM + " / " + CHROMEDRIVER
                    + " (install Debian's chromium and chromium-driver)";
            System.err.println("\n!!!!!!!! " + message + " !!!!!!!!\n");
            if (Boolean.getBoolean("waymark.browser.required")) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        driver = HeadlessChromium.startOnDesktop(HeadlessChromium.options("waymark-chromium"));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fills the real login form and submits it. */
    void signIn(String username, String password) {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password, Keys.ENTER);
        // DD012: a login whose role needs two-step sign-in is asked for its authenticator's code next
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> !d.getCurrentUrl().contains("/login") || d.getCurrentUrl().contains("error"));
        } catch (org.openqa.selenium.TimeoutException refused) {
            return;
        }
        if (driver.getCurrentUrl().contains("/two-step")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#two-step-code input")));
            driver.findElement(By.cssSelector("#two-step-code input")).sendKeys(twoStepCode(username), Keys.ENTER);
            wait.until(d -> !d.getCurrentUrl().contains("/two-step"));
        }
    }

    /**
     * The authenticator's code for a demo login, as its phone shows it now. The portal accepts a code
     * once (DD012: a step at or before the account's last accepted one is refused), and the browser
     * tests sign the same logins in again and again on one database: rather than wait up to 30 s for
     * the next step, the account's record of its last accepted step is cleared first. Tests of the
     * refusal itself enter their codes directly.
     */
    String twoStepCode(String username) {
        jdbc.sql("UPDATE two_step_credential SET last_used_step = NULL"
                + " WHERE app_user_id = (SELECT id FROM app_user WHERE username = :username)")
                .param("username", username).update();
        return org.waymark.DemoTotp.code();
    }

    /** The phone width the phone journeys are checked at. */
    static final int PHONE_WIDTH = 390;

    /** The page fits the phone (no sideways scrolling), and axe finds nothing serious or critical on it. */
    void fitsPhoneAndPassesAxe(String page) {
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

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    String sessionId() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }
}
