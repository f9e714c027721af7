package org.waymark.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium without a screen, as the browser tests, the two-node test, the phone benchmark
 * and the load test's push probe start it: its own profile in a temporary directory, none of the
 * browser's own background traffic, driven by the machine's chromedriver on a free port.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of(System.getProperty("waymark.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("waymark.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** The options, with a fresh profile in a temporary directory whose name starts with {@code profile}. */
    public static ChromeOptions options(String profile, String... moreSwitches) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(profile));
        options.addArguments(moreSwitches);
        return options;
    }

    /** The options keep the page's console messages at the level or above, for a failure's message. */
    public static ChromeOptions keepingConsole(ChromeOptions options, Level level) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, level);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    /**
     * The options keep Chromium's network events (its performance log), so that a test can see the
     * WebSockets a page opens and closes ({@link #webSockets}).
     */
    public static ChromeOptions keepingNetwork(ChromeOptions options) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    /**
     * The WebSocket events since the last call in a browser started {@link #keepingNetwork}: each
     * {@code created <url>} or {@code closed}, in order.
     */
    public static java.util.List<String> webSockets(org.openqa.selenium.WebDriver driver) {
        java.util.List<String> events = new java.util.ArrayList<>();
        for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.webSocketCreated\"")) {
                java.util.regex.Matcher url = java.util.regex.Pattern.compile("\"url\":\"(wss?://[^\"]+)\"").matcher(message);
                events.add("created " + (url.find() ? url.group(1) : ""));
            } else if (message.contains("\"Network.webSocketClosed\"")) {
                events.add("closed");
            }
        }
        return events;
    }

    public static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Started with the desktop window the browser tests use, 1280 by 900. */
    public static ChromeDriver startOnDesktop(ChromeOptions options) {
        ChromeDriver driver = start(options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        return driver;
    }
}
