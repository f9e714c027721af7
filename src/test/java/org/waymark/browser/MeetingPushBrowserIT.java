package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.BidScenarios;

/**
 * Two browsers in the same moderation meeting: a decision made in one shows in the other without
 * reloading (server push), and the other page no longer offers to decide that case. (A decision
 * that races it on the server is a conflict: MeetingKaribuIT.) The other browser opens its push
 * connection only when it reaches the meeting and closes it when it leaves (DD027).
 */
class MeetingPushBrowserIT extends BrowserTest {

    @Autowired BidScenarios scenarios;

    private WebDriver second() throws Exception {
        return HeadlessChromium.startOnDesktop(HeadlessChromium.keepingNetwork(HeadlessChromium.options("waymark-chromium-2")));
    }

    private void signIn(WebDriver browser, WebDriverWait wait, String url, String user) {
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys("waymark-demo", Keys.ENTER);
        // DD012: a family SENCO's sign-in asks for the authenticator's code (the demo secret's)
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#two-step-code input")))
                .sendKeys(twoStepCode(user), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    /** Picks a vaadin-select item by its visible label, as a keyboard user would. */
    private static void choose(WebDriver browser, WebDriverWait wait, String selectId, String label) {
        browser.findElement(By.id(selectId)).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"))).click();
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelector('input')", field);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    @Test
    void a_decision_in_one_browser_shows_in_the_other_without_reloading() throws Exception {
        long bidId = scenarios.submittedAfn();
        SecurityContextHolder.clearContext();
        WebDriver other = second();
        WebDriverWait otherWait = new WebDriverWait(other, Duration.ofSeconds(30));
        try {
            signIn(driver, wait, url("/login"), "family.senco");
            driver.get(url("/moderation"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("open-meeting"))).click();
            wait.until(ExpectedConditions.urlMatches(".*/moderation/\\d+$"));
            String meetingUrl = driver.getCurrentUrl();
            String caseId = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//a[contains(@href,'bids/" + bidId + "')]/ancestor::div[starts-with(@id,'case-')]")))
                    .getAttribute("id");
            String index = caseId.substring("case-".length());

            // the same Family SENCO in a second browser (say, on the meeting room's laptop): no push
            // connection on the home page or the list of meetings, one once the meeting is shown
            signIn(other, otherWait, url("/login"), "family.senco");
            other.findElement(By.cssSelector("vaadin-side-nav-item[path='moderation']")).click();
            String meetingPath = meetingUrl.substring(meetingUrl.indexOf("/moderation/") + 1);
            otherWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='" + meetingPath + "']")));
            assertThat(HeadlessChromium.webSockets(other)).as("WebSockets before the meeting").isEmpty();
            other.findElement(By.cssSelector("a[href='" + meetingPath + "']")).click();
            otherWait.until(ExpectedConditions.presenceOfElementLocated(By.id("decide-" + index)));
            java.util.List<String> sockets = new java.util.ArrayList<>();
            otherWait.until(browser -> sockets.addAll(HeadlessChromium.webSockets(browser)));
            assertThat(sockets).as("WebSockets once the meeting is shown").hasSize(1);
            assertThat(sockets.getFirst()).startsWith("created ws://").contains("/VAADIN/push?");

            choose(driver, wait, "outcome-" + index, "Declined");
            type(driver, "reason-" + index, "Needs are met from the notional budget");
            driver.findElement(By.id("decide-" + index)).click();
            // the decision is confirmed first: the dialog says who will be told
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirm-decide-" + index + "-told"),
                    "will be told"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-decide-" + index + "-confirm"))).click();

            // pushed to the other browser: no reload
            otherWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(caseId), "Declined"));
            assertThat(other.findElement(By.id(caseId)).getText()).contains("Needs are met from the notional budget");
            assertThat(other.findElements(By.id("decide-" + index))).isEmpty();

            // leaving the meeting closes the push connection
            other.findElement(By.cssSelector("vaadin-side-nav-item[path='moderation']")).click();
            otherWait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-meeting")));
            sockets.clear();
            otherWait.until(browser -> sockets.addAll(HeadlessChromium.webSockets(browser)) && sockets.contains("closed"));
            assertThat(sockets).as("WebSockets after leaving the meeting").containsExactly("closed");
        } finally {
            other.quit();
        }
    }
}
