package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A parent on a phone-sized window signs in and reads where their child's plan stands. */
class ParentPhoneBrowserIT extends BrowserTest {

    @Test
    void a_parent_on_a_phone_reads_the_plan_status_of_each_child() {
        driver.manage().window().setSize(new Dimension(390, 844));
        signIn("parent", "waymark-demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wm-child-card")));
        java.util.List<String> statuses = new java.util.ArrayList<>();
        for (int child = 0; child < 2; child++) {
            driver.get(url("/"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wm-child-card")));
            var link = driver.findElements(By.partialLinkText("Plans (")).get(child);
            js("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wm-status")));
            driver.findElement(By.linkText("Open the plan")).click();
            String status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-status"))).getText();
            statuses.add(status);
            if (status.equals("Draft")) {
                assertThat(driver.findElement(By.id("comment-countdown")).getText())
                        .contains("The family can add their views for 15 more day(s)");
                assertThat(driver.findElements(By.id("views-words"))).hasSize(1);
            }
            // nothing is wider than the phone: no sideways scrolling needed to read the plan
            assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
        }
        assertThat(statuses).containsExactlyInAnyOrder("Draft", "Agreed and in force");
    }
}
