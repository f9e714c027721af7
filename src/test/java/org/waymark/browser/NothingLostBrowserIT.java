package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;

/**
 * In a real browser: a parent's text past the limit is neither cut when typed nor when pasted (no
 * {@code maxlength}), it is marked with its message, and leaving by the menu with it unsaved asks
 * first; staying keeps every character.
 */
class NothingLostBrowserIT extends BrowserTest {

    @Autowired DemoPupils demo;

    @Test
    void a_parent_typing_past_the_limit_keeps_every_character_and_is_asked_before_leaving() {
        long planId = demo.planOf(demo.childrenOf("parent").getFirst());
        signIn("parent", "waymark-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wm-card-links a")));
        driver.get(url("/plans/" + planId));
        WebElement area = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#views-words textarea")));

        // as if pasted: 4,090 characters, then typing ten more past the limit of 4,000
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true, composed: true}))",
                area, "a".repeat(4090));
        area.sendKeys("bbbbbbbbbb");
        assertThat((String) js("return arguments[0].value", area)).hasSize(4100);
        // the field is invalid from the pasted 4,090 on: wait for the message of the last keystroke, not the first
        wait.until(d -> Boolean.TRUE.equals(js("return document.querySelector('#views-words').invalid"))
                && String.valueOf(js("return document.querySelector('#views-words').errorMessage")).contains("4,100"));
        assertThat((String) js("return document.querySelector('#views-words').errorMessage"))
                .contains("4,100").contains("4,000");

        // the menu's first entry (Home): the question comes, and staying keeps the text
        driver.findElement(By.cssSelector("vaadin-side-nav-item")).click();
        wait.until(d -> Boolean.TRUE.equals(js("const d = document.querySelector('#unsaved-dialog'); return d && d.opened")));
        assertThat(driver.getCurrentUrl()).endsWith("/plans/" + planId);
        js("document.querySelector('#unsaved-dialog [slot=cancel-button]').click()");
        wait.until(d -> !Boolean.TRUE.equals(js("const d = document.querySelector('#unsaved-dialog'); return d && d.opened")));
        assertThat((String) js("return document.querySelector('#views-words textarea').value")).hasSize(4100);
        assertThat(driver.getCurrentUrl()).endsWith("/plans/" + planId);
    }
}
