package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in through the real form, the pupil grid in a real browser, locking and signing out. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void a_senco_signs_in_through_the_form_gets_a_new_session_and_sees_the_pupil_grid() {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        String before = sessionId();
        signIn("senco", "waymark-demo");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
        String after = sessionId();
        assertThat(after).isNotNull().isNotEqualTo(before);

        driver.get(url("/pupils"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pupil-grid")));
        wait.until(d -> !cellTexts().isEmpty() && cellTexts().contains("Larkfield Primary School"));
        assertThat(cellTexts()).contains("Larkfield Primary School")
                .doesNotContain("St Aidan's CE Primary School");
        List<String> nav = driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::strip).toList();
        assertThat(nav).containsExactly("Home", "Pupils", "Reviews", "Bids", "EHC needs assessments", "Allocations",
                "Budget statements", "Reports", "Notifications");
        // the menu is written as markup (DD025): the browser's side-nav still marks the page open now
        wait.until(d -> d.findElement(By.cssSelector("vaadin-side-nav-item[path='pupils']"))
                .getDomAttribute("current") != null);
        assertThat(driver.findElement(By.cssSelector("vaadin-side-nav-item[path='bids']")).getDomAttribute("current"))
                .isNull();

        // keyboard users reach a pupil's record from the grid's name link
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-grid-cell-content a")));
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pupil-name")));
    }

    @Test
    void wrong_passwords_lock_the_account_behind_the_same_message() {
        for (int i = 0; i < 5; i++) {
            signIn("finance", "wrong-" + i);
            wait.until(ExpectedConditions.urlContains("error"));
        }
        signIn("finance", "waymark-demo");
        wait.until(ExpectedConditions.urlContains("error"));
        // DD012: a locked account gets the same message as a wrong password (no account probing)
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
        assertThat(driver.findElement(By.cssSelector("#login-error .wm-login-error-title")).getText())
                .isEqualTo("Those details were not recognised");
        assertThat(driver.findElement(By.id("login-error")).getAttribute("role")).isEqualTo("alert");
        // the message is tied to both fields for screen readers
        assertThat(driver.findElement(By.id("username")).getAttribute("aria-describedby")).startsWith("login-error ");
        assertThat(driver.findElement(By.id("password")).getAttribute("aria-describedby")).startsWith("login-error ");
    }

    /**
     * DD019: the sign-in page is plain HTML, without the portal's script bundle, fits a phone and
     * passes axe; empty fields are named in the page's language next to the field; the other
     * language is one link away and is kept for the pages before sign-in.
     */
    @Test
    void the_sign_in_page_needs_no_script_bundle_fits_a_phone_and_speaks_welsh() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(PHONE_WIDTH, 844));
        driver.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertThat((Long) js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/VAADIN/')).length")).isZero();
        assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
        fitsPhoneAndPassesAxe("sign-in page");
        for (String id : List.of("username", "password", "login-submit")) {
            assertThat(driver.findElement(By.id(id)).getRect().getHeight()).as(id + ": a 44 px target")
                    .isGreaterThanOrEqualTo(44);
        }
        assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Username");

        // nothing typed: the messages appear beside the fields, nothing is sent
        driver.findElement(By.id("login-submit")).click();
        assertThat(driver.findElement(By.id("username-required")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("username-required")).getText()).isEqualTo("Enter your username");
        assertThat(driver.findElement(By.id("username")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
        assertThat(driver.getCurrentUrl()).doesNotContain("error");

        driver.findElement(By.id("login-language")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "cy"));
        assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Enw defnyddiwr");
        assertThat(driver.findElement(By.id("login-submit")).getText()).isEqualTo("Mewngofnodi");
        assertThat(driver.getTitle()).isEqualTo("Mewngofnodi – Waymark");
        fitsPhoneAndPassesAxe("sign-in page in Welsh");
        // a wrong password: the same message, in Welsh
        driver.findElement(By.name("username")).sendKeys("senco");
        driver.findElement(By.name("password")).sendKeys("not-the-password", org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(driver.findElement(By.cssSelector("#login-error .wm-login-error-title")).getText())
                .isEqualTo("Ni chafodd y manylion hynny eu hadnabod");
        // the reset code page (a Vaadin page) speaks the language chosen on the sign-in page
        driver.findElement(By.id("login-reset-code")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reset-save")));
        wait.until(d -> "Gosod cyfrinair newydd – Waymark".equals(d.getTitle()));
        driver.get(url("/login?lang=en"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }

    @Test
    void signing_out_ends_the_session() {
        signIn("caseworker", "waymark-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        driver.get(url("/pupils"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void the_theme_manifest_and_print_stylesheet_reach_the_browser() {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        // the portal's primary colour on the sign-in page's own button (plain HTML, DD019) ...
        assertThat((String) js("return getComputedStyle(document.getElementById('login-submit')).backgroundColor"))
                .isEqualTo("rgb(29, 79, 115)");
        assertThat(driver.findElements(By.cssSelector("link[rel=manifest]"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("link[media=print]"))).hasSize(1);
        // ... and the portal's theme after sign-in
        signIn("senco", "waymark-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        assertThat((String) js("return getComputedStyle(document.documentElement)"
                + ".getPropertyValue('--lumo-primary-color').trim()")).isEqualTo("#1d4f73");
        assertThat(driver.findElements(By.cssSelector("link[rel=manifest]"))).hasSize(1);
    }

    @Test
    void a_welsh_parent_gets_the_portal_in_their_stored_language_with_the_crest_loaded() {
        signIn("parent.cy", "waymark-demo");
        wait.until(d -> driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .anyMatch(e -> e.getText().strip().equals("Hafan")));
        signOutAndIn("caseworker");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.wm-crest")));
        wait.until(d -> Boolean.TRUE.equals(js("const i = document.querySelector('img.wm-crest');"
                + " return i.complete && i.naturalWidth > 0")));
    }

    private void signOutAndIn(String username) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn(username, "waymark-demo");
    }

    private List<String> cellTexts() {
        return driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
