package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waymark.api.domain.ApiKeys;

/**
 * The administrators' API clients screen in a real browser at phone width (issue 22 point 4,
 * DD018): it fits 390 px and axe finds nothing serious, before and with the new key shown; the key
 * shown once is a well-formed key.
 */
class ApiClientsBrowserIT extends BrowserTest {

    @Test
    void an_administrator_on_a_phone_registers_a_client_and_sees_its_key_once() {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        signIn("admin", "waymark-demo");
        driver.get(url("/api-clients"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("api-clients-grid")));
        fitsPhoneAndPassesAxe("API clients");
        WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#api-client-name input")));
        name.sendKeys("Phone test system " + System.nanoTime());
        WebElement register = driver.findElement(By.id("api-client-register"));
        js("arguments[0].scrollIntoView({block: 'center'})", register);
        register.click();
        String key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-client-key"))).getText();
        assertThat(ApiKeys.wellFormed(key)).as(key).isTrue();
        fitsPhoneAndPassesAxe("API clients: the new key");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("api-client-key-issued-confirm"))).click();
    }
}
