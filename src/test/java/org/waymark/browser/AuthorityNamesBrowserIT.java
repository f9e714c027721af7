package org.waymark.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The unmatched authority names page (pupils/authority-names) in a real browser at phone width:
 * it fits 390 px and axe finds nothing serious, the list and the dialog that picks the authority
 * alike (issue 20's small items, like the other phone checks). Nothing is saved: the dialog is
 * cancelled, so the demo's unmatched names stay for the other tests.
 */
class AuthorityNamesBrowserIT extends BrowserTest {

    @Test
    void a_caseworker_on_a_phone_sees_the_unmatched_names_and_the_choice_fit_and_pass_axe() {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        signIn("caseworker", "waymark-demo");
        driver.get(url("/pupils/authority-names"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("authority-names")));
        WebElement choose = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id^='authority-names-choose-']")));
        fitsPhoneAndPassesAxe("Unmatched authority names");
        js("arguments[0].scrollIntoView({block: 'center'})", choose);
        wait.until(ExpectedConditions.elementToBeClickable(choose)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("authority-names-pick")));
        fitsPhoneAndPassesAxe("Unmatched authority names: the choice");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("authority-names-cancel"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("authority-names-pick")));
    }
}
