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
        wait.until(d -> "Those details were not recognised".equals(
                js("const form = document.querySelector('vaadin-login-form');"
                        + " return form && form.i18n ? form.i18n.errorMessage.title : null")));
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
        assertThat((String) js("return getComputedStyle(document.documentElement)"
                + ".getPropertyValue('--lumo-primary-color').trim()")).isEqualTo("#1d4f73");
        assertThat(driver.findElements(By.cssSelector("link[rel=manifest]"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("link[media=print]"))).hasSize(1);
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
