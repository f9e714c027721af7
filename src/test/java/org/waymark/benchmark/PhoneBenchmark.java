package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.browser.HeadlessChromium;
import org.waymark.DemoTotp;

/**
 * A first visit on a phone (issue 23 point 1): headless Chromium at 390 px on a throttled "fast 3G"
 * line (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, Chrome DevTools' network emulation)
 * against the <em>production jar</em>, started by this class with the demo data on its own H2 file.
 * For each role (parent, school SENCO, authority caseworker with the two-step code) in a fresh
 * browser profile (empty cache): the sign-in page, the two-step page where there is one, and the
 * home after signing in; then, with the cache kept and the cookies dropped, the same again as a
 * returning visitor. Each page reports bytes transferred (Resource Timing's {@code transferSize}:
 * headers and compressed bodies, 0 for what came from the cache), requests, requests that reached
 * the network, and the time until it settled: the latest of the load event and every response's
 * end, once every custom element on the page is defined (its script arrived), Vaadin has no request
 * in flight and nothing new has arrived for 1.5 s. Times after
 * signing in are counted from the moment the form (or the code) was sent.
 *
 * <pre>
 * ./mvnw -B -ntp -o -Pproduction package -DskipTests
 * ./mvnw -B -ntp -o -Pbenchmark test -Dtest=PhoneBenchmark [-Dbench.runs=3] [-Dbench.typing=250] [-Dbench.trace=true] [-Dbench.jar=target/waymark-0.1.0-SNAPSHOT.jar]
 * </pre>
 *
 * With {@code -Dbench.typing=250} the name and password are typed one key every 250 ms, as a
 * person would (the sign-in page prefetches the portal's first files meanwhile, DD021), and a row
 * "sign-in page, typing" reports what arrived during the typing and how long it took; without it
 * the form is filled and sent at once. {@code -Dbench.trace=true} prints every request of the home
 * (start, first byte, end, bytes) and the bodies of Vaadin's requests.
 * <p>
 * Not part of {@code ./mvnw verify}; writes {@code target/benchmarks/phone.md}. Figures and method in
 * docs/performance.md ("A parent's first visit on a phone").
 */
@Tag("benchmark")
class PhoneBenchmark {

    /** Fast 3G as issue 23 sets it: 1.6 Mbit/s down, 150 ms round trip (upload as Chrome's preset, 750 kbit/s). */
    private static final long DOWN_BYTES_PER_S = 1_600_000 / 8;
    private static final long UP_BYTES_PER_S = 750_000 / 8;
    private static final int LATENCY_MS = 150;
    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;
    private static final long QUIET_MS = 1500;

    private static final Path WORK = Path.of("target", "phone-bench");

    private static @Nullable Process portal;
    private static int port;

    /** One page as measured. */
    record Page(String role, String visit, String page, long bytes, int requests, int network, double settledMs,
                Map<String, Long> bytesByKind) {
    }

    @BeforeAll
    static void startThePortal() throws Exception {
        if (System.getProperty("bench.port.running") != null) {
            // a portal already running from the production jar (for repeated runs): -Dbench.port.running=8095
            port = Integer.getInteger("bench.port.running");
            return;
        }
        Path jar = Path.of(System.getProperty("bench.jar", "target/waymark-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("build the production jar first: ./mvnw -Pproduction package -DskipTests").exists();
        assertThat(productionMode(jar)).as(jar + " was built in production mode (-Pproduction)").isTrue();
        deleteTree(WORK);
        Files.createDirectories(WORK);
        port = Integer.getInteger("bench.port", 8095);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        portal = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--spring.profiles.active=demo",
                // DD012: the demo profile may accept a code twice within its 30 s (runs follow each other quickly)
                "--waymark.security.totp-accept-repeats=true",
                "--spring.datasource.url=jdbc:h2:file:" + WORK.toAbsolutePath() + "/waymark;MODE=MySQL;AUTO_SERVER=FALSE",
                "--waymark.attachments.dir=" + WORK.toAbsolutePath() + "/attachments")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("portal.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (true) {
            assertThat(portal.isAlive()).as("the portal runs (see " + WORK.resolve("portal.log") + ")").isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertThat(System.nanoTime()).as("the portal started within 5 minutes").isLessThan(deadline);
            Thread.sleep(1000);
        }
        // the demo data is written after the start (an ApplicationRunner): the accounts exist once it is loaded
        while (!Files.readString(WORK.resolve("portal.log")).contains("Demo data loaded")) {
            assertThat(portal.isAlive()).as("the portal runs (see " + WORK.resolve("portal.log") + ")").isTrue();
            assertThat(System.nanoTime()).as("the demo data loaded within 5 minutes of the start").isLessThan(deadline);
            Thread.sleep(1000);
        }
    }

    @AfterAll
    static void stopThePortal() throws InterruptedException {
        if (portal != null) {
            portal.destroy();
            portal.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_first_and_a_returning_visit_on_a_phone() throws Exception {
        int runs = Integer.getInteger("bench.runs", 3);
        String loadBefore = loadAverage();
        List<Page> all = new ArrayList<>();
        // warm the server (JIT, the demo data's first reads) without counting it
        visit("parent", false, new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            for (String role : List.of("parent", "senco", "caseworker")) {
                visit(role, true, all);
            }
        }
        String table = table(all, runs, loadBefore);
        System.out.println(table);
        Path out = Path.of("target", "benchmarks", "phone.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
    }

    /** One role's first visit and return, in a browser of its own (empty cache). */
    private void visit(String username, boolean count, List<Page> into) throws Exception {
        ChromeDriver driver = browser();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            for (String visit : List.of("first", "returning")) {
                if (visit.equals("returning")) {
                    driver.manage().deleteAllCookies();
                }
                driver.get(url("/login"));
                Page signIn = settle(driver, username, visit, "sign-in page", 0);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
                double typingStarted = now(driver);
                type(driver.findElement(By.name("username")), username);
                type(driver.findElement(By.name("password")), "waymark-demo");
                Page typing = typed(driver, username, visit, signIn, now(driver) - typingStarted);
                double sent = now(driver);
                driver.findElement(By.name("password")).sendKeys(Keys.ENTER);
                try {
                    wait.until(d -> !d.getCurrentUrl().contains("/login"));
                } catch (org.openqa.selenium.TimeoutException stuck) {
                    throw new AssertionError("still on " + driver.getCurrentUrl() + ": "
                            + driver.findElement(By.tagName("body")).getText(), stuck);
                }
                List<Page> pages = new ArrayList<>(List.of(signIn, typing));
                if (driver.getCurrentUrl().contains("/two-step")) {
                    pages.add(settle(driver, username, visit, "two-step page", sent));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#two-step-code input")));
                    sent = now(driver);
                    driver.findElement(By.cssSelector("#two-step-code input")).sendKeys(DemoTotp.next(username), Keys.ENTER);
                    wait.until(d -> !d.getCurrentUrl().contains("/two-step"));
                }
                try {
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
                } catch (org.openqa.selenium.TimeoutException stuck) {
                    throw new AssertionError(username + ", " + visit + " visit: no home at " + driver.getCurrentUrl() + ": "
                            + driver.findElement(By.tagName("body")).getText(), stuck);
                }
                pages.add(settle(driver, username, visit, "home", sent));
                if (Boolean.getBoolean("bench.trace")) {
                    trace(driver, username + ", " + visit + " visit, home", sent);
                }
                pages.forEach(p -> System.out.println("measured: " + p));
                if (count) {
                    into.addAll(pages);
                }
            }
        } finally {
            driver.quit();
        }
    }

    private static ChromeDriver browser() throws IOException {
        ChromeOptions options = HeadlessChromium.options("waymark-phone-bench", "--window-size=" + WIDTH + "," + HEIGHT);
        if (Boolean.getBoolean("bench.trace")) {
            // with the timeline, the bodies of Vaadin's requests (what the load test's messages are copied from)
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriver driver = HeadlessChromium.start(options);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", HEIGHT,
                "deviceScaleFactor", 3, "mobile", true));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", LATENCY_MS,
                "downloadThroughput", DOWN_BYTES_PER_S, "uploadThroughput", UP_BYTES_PER_S));
        return driver;
    }

    /**
     * Types as a person would: with {@code -Dbench.typing=MS}, one key every MS milliseconds (a
     * phone's typist manages about 3–4 a second); without it, all at once as before.
     */
    private static void type(WebElement field, String text) throws InterruptedException {
        long perKey = Long.getLong("bench.typing", 0);
        if (perKey == 0) {
            field.sendKeys(text);
            return;
        }
        for (char c : text.toCharArray()) {
            field.sendKeys(String.valueOf(c));
            Thread.sleep(perKey);
        }
    }

    /**
     * What the sign-in page fetched while the person typed (DD021: it prefetches the portal's first
     * files then), counted up to the moment the form is sent: only what had fully arrived.
     */
    @SuppressWarnings("unchecked")
    private static Page typed(ChromeDriver driver, String role, String visit, Page signIn, double typingMs) {
        List<Number> counted = (List<Number>) driver.executeScript("""
                const all = [performance.getEntriesByType('navigation')[0]].concat(performance.getEntriesByType('resource'));
                return [all.length, all.reduce((s, e) => s + e.transferSize, 0), all.filter(e => e.transferSize > 0).length];
                """);
        return new Page(role, visit, "sign-in page, typing", counted.get(1).longValue() - signIn.bytes(),
                counted.get(0).intValue() - signIn.requests(), counted.get(2).intValue() - signIn.network(), typingMs,
                Map.of());
    }

    /** The browser's clock (epoch ms), to time from an action to the next page's settling. */
    private static double now(ChromeDriver driver) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return performance.timeOrigin + performance.now()"))
                .doubleValue();
    }

    private static final String STATE = """
            const nav = performance.getEntriesByType('navigation')[0];
            if (document.readyState !== 'complete' || !nav || nav.loadEventEnd === 0) return null;
            // every custom element on the page has its definition (a component's script still on its way does not count as settled)
            // (Flow's own placeholder element, flow-container-*, is never defined)
            if ([...document.querySelectorAll(':not(:defined)')].some(e => !e.localName.startsWith('flow-container'))) return null;
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            if (clients) { for (const k in clients) { const c = clients[k]; if (c.isActive && c.isActive()) return null; } }
            const all = [nav].concat(performance.getEntriesByType('resource'));
            let end = nav.loadEventEnd, bytes = 0, network = 0;
            const kinds = {};
            for (const e of all) {
              end = Math.max(end, e.responseEnd);
              bytes += e.transferSize;
              if (e.transferSize > 0) network++;
              const path = new URL(e.name).pathname;
              const kind = e === nav ? 'document' : /\\.m?js$/.test(path) ? 'script' : /\\.css$/.test(path) ? 'style'
                : /\\.(woff2?|ttf|otf)$/.test(path) ? 'font' : /\\.(svg|png|jpe?g|webp|ico)$/.test(path) ? 'image'
                : /manifest/.test(path) ? 'manifest' : (e.initiatorType === 'xmlhttprequest' || e.initiatorType === 'fetch') ? 'xhr' : 'other';
              kinds[kind] = (kinds[kind] || 0) + e.transferSize;
            }
            return {count: all.length, bytes: bytes, network: network, end: end, origin: performance.timeOrigin, kinds: kinds};
            """;

    /**
     * Waits until the page settled and measures it. {@code since} is the browser time (epoch ms) of
     * the action that led to it, or 0 to count from the navigation's own start.
     */
    @SuppressWarnings("unchecked")
    private static Page settle(ChromeDriver driver, String role, String visit, String page, double since)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Map<String, Object> last = null;
        long stableSince = 0;
        while (System.nanoTime() < deadline) {
            Map<String, Object> state = (Map<String, Object>) driver.executeScript(STATE);
            long nowMs = System.nanoTime() / 1_000_000;
            if (state == null) {
                last = null;
            } else if (last == null || !state.get("count").equals(last.get("count"))) {
                last = state;
                stableSince = nowMs;
            } else if (nowMs - stableSince >= QUIET_MS) {
                double end = ((Number) state.get("end")).doubleValue();
                double settled = since == 0 ? end : ((Number) state.get("origin")).doubleValue() + end - since;
                Map<String, Long> kinds = new LinkedHashMap<>();
                ((Map<String, Object>) state.get("kinds")).forEach((k, v) -> kinds.put(k, ((Number) v).longValue()));
                return new Page(role, visit, page, ((Number) state.get("bytes")).longValue(),
                        ((Number) state.get("count")).intValue(), ((Number) state.get("network")).intValue(), settled, kinds);
            }
            Thread.sleep(100);
        }
        throw new AssertionError(page + " of " + role + " did not settle within 90 s");
    }

    private static final String TIMELINE = """
            const since = arguments[0] - performance.timeOrigin;
            const all = [performance.getEntriesByType('navigation')[0]].concat(performance.getEntriesByType('resource'));
            return all.map(e => [Math.round(e.startTime - since), Math.round(e.responseStart - since),
                Math.round(e.responseEnd - since), e.transferSize, e.initiatorType,
                new URL(e.name).pathname + new URL(e.name).search].join(' '));
            """;

    /**
     * With {@code -Dbench.trace=true}: every request of the page, in ms from the form being sent
     * (start, first byte, end), bytes transferred, initiator and path; where the time goes.
     */
    @SuppressWarnings("unchecked")
    private static void trace(ChromeDriver driver, String what, double since) {
        System.out.println("timeline of " + what + " (ms from sending the form: start, first byte, end; bytes; initiator; path):");
        ((List<String>) driver.executeScript(TIMELINE, since)).forEach(line -> System.out.println("  " + line));
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("Network.requestWillBeSent") && message.contains("v-r=uidl")) {
                int body = message.indexOf("\"postData\"");
                System.out.println("  uidl request: " + (body < 0 ? "(no body)" : message.substring(body, Math.min(message.length(), body + 600))));
            }
        }
    }

    /** Medians over the runs, one row per role, visit and page. */
    private static String table(List<Page> all, int runs, String loadBefore) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Phone benchmark: %d px, %.1f Mbit/s down, %d ms round trip; median of %d runs; "
                + "load average before: %s%n%n", WIDTH, DOWN_BYTES_PER_S * 8 / 1e6, LATENCY_MS, runs, loadBefore));
        out.append("| role | visit | page | KB transferred | requests | from the network | settled (s) | KB by kind |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Page>> groups = new LinkedHashMap<>();
        for (Page p : all) {
            groups.computeIfAbsent(p.role() + "|" + p.visit() + "|" + p.page(), k -> new ArrayList<>()).add(p);
        }
        for (List<Page> pages : groups.values()) {
            Page first = pages.get(0);
            Page typical = pages.stream().sorted(Comparator.comparingDouble(Page::settledMs)).toList().get(pages.size() / 2);
            long bytes = median(pages.stream().map(Page::bytes).toList());
            StringBuilder kinds = new StringBuilder();
            typical.bytesByKind().forEach((k, v) -> {
                if (v > 0) {
                    kinds.append(kinds.isEmpty() ? "" : ", ").append(k).append(' ')
                            .append(String.format(Locale.ROOT, "%.1f", v / 1024.0));
                }
            });
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %d | %d | %.2f | %s |%n", first.role(),
                    first.visit(), first.page(), bytes / 1024.0, typical.requests(), typical.network(),
                    typical.settledMs() / 1000.0, kinds));
        }
        out.append(String.format(Locale.ROOT, "%nload average after: %s%n", loadAverage()));
        return out.toString();
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static String loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? Files.readString(proc).strip() : "?";
    }

    private static boolean productionMode(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().filter(e -> e.getName().endsWith("flow-build-info.json")).anyMatch(e -> {
                try {
                    return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8)
                            .matches("(?s).*\"productionMode\"\\s*:\\s*true.*");
                } catch (IOException unreadable) {
                    return false;
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }
}
