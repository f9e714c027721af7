package org.waymark.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does with Vaadin's fields in a real browser, shared by the two-node test and the
 * load test's push probe: click (scrolled into view first), choose in a select, type into a field.
 */
public final class VaadinInputs {

    private VaadinInputs() {
    }

    public static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Opens the select with the id and picks the item with the label, once each can be clicked. */
    public static void choose(WebDriver browser, WebDriverWait wait, String selectId, String label) {
        click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id(selectId))));
        click(browser, wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"))));
    }

    /** Types into the field with the id, then leaves it (Tab), as a person moving on would. */
    public static void type(WebDriver browser, String id, String text) {
        WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); return arguments[0].querySelector('input')",
                browser.findElement(By.id(id)));
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }
}
