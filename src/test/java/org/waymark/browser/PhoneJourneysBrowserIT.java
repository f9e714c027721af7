package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A parent and a school SENCO on a 390-px phone: every page they pass through fits the screen
 * (no sideways scrolling), their links and menu entries are targets of at least 44 px, signing
 * out is reachable from the menu, and axe-core finds no serious or critical accessibility problem.
 */
class PhoneJourneysBrowserIT extends BrowserTest {

    /** The page fits the phone and is axe-clean; one main landmark, and names that contain the words shown. */
    private void fitsAndPassesAxe(String page) {
        fitsPhoneAndPassesAxe(page);
        // one main landmark a page, and controls whose accessible name contains the words they show
        Results landmarks = new AxeBuilder().withRules(List.of("landmark-one-main", "landmark-no-duplicate-main",
                "label-content-name-mismatch")).analyze(driver);
        assertThat(landmarks.getViolations()).as(page + ": main landmark and names").extracting(Rule::getId)
                .doesNotContain("landmark-one-main", "landmark-no-duplicate-main", "label-content-name-mismatch");
    }

    private static void atLeast44(WebElement target, String what) {
        assertThat(target.getRect().getHeight()).as(what + " height").isGreaterThanOrEqualTo(44);
    }

    /** Opens the menu with its button and signs out from there: the header has no room for it on a phone. */
    private void signOutFromTheMenu() {
        assertThat(driver.findElement(By.id("sign-out")).isDisplayed()).isFalse();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-drawer-toggle"))).click();
        WebElement signOut = wait.until(ExpectedConditions.elementToBeClickable(By.id("drawer-sign-out")));
        atLeast44(signOut, "sign out in the menu");
        signOut.click();
        // the URL first, as the other sign-out tests do: looking for an element while the signed-out page
        // navigates away can be aborted by the navigation (Chrome's "aborted by navigation", seen once in CI)
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
    }

    @Test
    void a_parent_on_a_phone_reaches_each_childs_pages_and_signs_out() {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        signIn("parent", "waymark-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wm-card-links a")));
        fitsAndPassesAxe("parent home");
        List<WebElement> links = driver.findElements(By.cssSelector(".wm-card-links a"));
        assertThat(links).hasSizeGreaterThanOrEqualTo(10); // plans, bids, funding, letters, details: each child
        for (WebElement link : links) {
            atLeast44(link, "card link " + link.getText());
        }
        for (String label : List.of("Bids (", "Funding (", "Plans (", "See details")) {
            driver.get(url("/"));
            WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(label)));
            js("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h2")));
            fitsAndPassesAxe("parent: " + label);
        }
        signOutFromTheMenu();
    }

    @Test
    void a_parent_on_a_phone_asks_for_an_ehc_needs_assessment_on_a_form_that_fits() {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        signIn("parent", "waymark-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wm-card-links a")));
        driver.get(url("/ehc/request"));
        WebElement send = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ehc-request-send")));
        fitsAndPassesAxe("parent: EHC needs assessment request");
        atLeast44(send, "send the request");
        // sent empty: the messages stand beside the fields, and the page still fits the phone
        js("arguments[0].scrollIntoView({block: 'center'})", send);
        send.click();
        wait.until(d -> Boolean.TRUE.equals(js("return document.querySelector('#ehc-request-reasons').invalid")));
        // the refusal's notice fades in: axe reads its colours once it has finished opening
        wait.until(d -> Boolean.TRUE.equals(js("const c = document.querySelector('vaadin-notification-card');"
                + " return !c || (!c.hasAttribute('opening') && getComputedStyle(c).opacity === '1')")));
        fitsAndPassesAxe("parent: EHC needs assessment request with its messages");
    }

    @Test
    void a_senco_on_a_phone_reads_the_pupils_and_bids_and_signs_out() {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        signIn("senco", "waymark-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wm-figures")));
        fitsAndPassesAxe("SENCO home");
        driver.get(url("/pupils"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pupil-grid")));
        fitsAndPassesAxe("pupil grid");
        driver.get(url("/bids"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        fitsAndPassesAxe("bids");
        driver.get(url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-drawer-toggle"))).click();
        List<WebElement> entries = wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
                By.cssSelector("vaadin-side-nav-item")));
        for (WebElement entry : entries) {
            atLeast44(entry, "menu entry " + entry.getText());
        }
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-drawer-toggle")));
        signOutFromTheMenu();
    }
}
