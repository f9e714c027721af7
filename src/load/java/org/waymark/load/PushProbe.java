package org.waymark.load;

import static org.waymark.browser.VaadinInputs.choose;
import static org.waymark.browser.VaadinInputs.click;
import static org.waymark.browser.VaadinInputs.type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.browser.HeadlessChromium;
import org.waymark.DemoTotp;
import org.waymark.operations.PrometheusText;

/**
 * Issue 21 point 7's push target, timed as the user sees it while the load test runs against a
 * cluster: the Family SENCO decides a case of an open moderation meeting in a browser signed in on
 * node 1 directly (its own port, not through HAProxy), and the same meeting is open in a second
 * browser signed in on node 2 directly. A sample is the time from the click on the decision's
 * confirmation on node 1 (the browser's clock, read just before the click) to the moment node 2's
 * page has the decision in its DOM (a MutationObserver in that page records the browser's clock,
 * so the wait's polling adds nothing; both browsers run on this machine and share its clock). It
 * includes node 1 saving the decision under load, the Hazelcast relay, node 2 redrawing the page
 * and the push to the browser (the path TwoNodeClusterIT's first test shows).
 * <p>
 * Data: the probe decides the HLN-check cases of the family's newest open meeting as "level still
 * fits" (nothing is changed by that but the case: no bid, allocation or notice), each with a
 * reason of its own, and puts those cases back undecided in the database when all of them have
 * been decided and at the end, so the demo data is as it was for the next run (the audit log keeps
 * a MODERATE row per sample). Headless Chromium and chromedriver from /usr/bin (Debian).
 */
final class PushProbe {

    private static final String CHAIR = "family.senco";
    /** CaseOutcome.LEVEL_CONFIRMED in English (vaadin-i18n/translations.properties). */
    private static final String LEVEL_STILL_FITS = "Level still fits";
    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(30);

    private final ClusterNodes.Node deciding;
    private final ClusterNodes.Node watching;
    private final int wanted;
    private final Path reportDir;
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<String> rows = Collections.synchronizedList(new ArrayList<>());
    private final List<WebDriver> browsers = new ArrayList<>();
    private Connection db;
    private long meetingId;
    /** The HLN-check cases of the meeting by index, with the amount each held before any sample. */
    private final Map<Integer, BigDecimal> cases = new LinkedHashMap<>();
    private final List<Integer> undecided = new ArrayList<>();
    private WebDriver one;
    private WebDriver two;
    /** The watching node's relay meter (count, sum in seconds) before the samples, if its metrics could be read. */
    private Optional<double[]> relayBefore = Optional.empty();

    PushProbe(List<ClusterNodes.Node> nodes, int samples, Path reportDir) {
        if (nodes.size() < 2) {
            throw new IllegalStateException("the push probe needs two nodes; the cluster has " + nodes.size());
        }
        this.deciding = nodes.get(0);
        this.watching = nodes.get(1);
        this.wanted = samples;
        this.reportDir = reportDir;
    }

    /** Signs in on both nodes and opens the meeting in both browsers; before the users arrive. */
    void prepare() throws SQLException, IOException {
        db = DriverManager.getConnection(
                System.getenv().getOrDefault("WAYMARK_DB_URL", "jdbc:mysql://127.0.0.1:3306/waymark_cluster"),
                System.getenv().getOrDefault("WAYMARK_DB_USER", "root"),
                System.getenv().getOrDefault("WAYMARK_DB_PASSWORD", ""));
        try (PreparedStatement find = db.prepareStatement("""
                SELECT m.id FROM moderation_meeting m JOIN app_user u ON u.family_id = m.family_id
                WHERE u.username = ? AND m.status = 'OPEN'
                  AND EXISTS (SELECT 1 FROM meeting_case c WHERE c.moderation_meeting_id = m.id AND c.kind = 'HLN_CHECK')
                ORDER BY m.id DESC LIMIT 1""")) {
            find.setString(1, CHAIR);
            try (ResultSet r = find.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no open moderation meeting with HLN checks for " + CHAIR
                            + " (the load test's first step opens one: run it once without the probe)");
                }
                meetingId = r.getLong(1);
            }
        }
        try (PreparedStatement list = db.prepareStatement("SELECT sort_key, amount FROM meeting_case"
                + " WHERE moderation_meeting_id = ? AND kind = 'HLN_CHECK' ORDER BY sort_key")) {
            list.setLong(1, meetingId);
            try (ResultSet r = list.executeQuery()) {
                while (r.next()) {
                    cases.put(r.getInt(1), r.getBigDecimal(2));
                }
            }
        }
        resetCases();
        one = browser();
        two = browser();
        signIn(one, deciding);
        signIn(two, watching);
        openMeeting();
        relayBefore = relay();
    }

    /** The watching node's {@code waymark.cluster.signal.relay} count and sum (seconds), if its metrics can be read. */
    private Optional<double[]> relay() {
        return watching.metrics().map(text -> new double[] {
                PrometheusText.sum(text, "waymark_cluster_signal_relay_seconds_count"),
                PrometheusText.sum(text, "waymark_cluster_signal_relay_seconds_sum")});
    }

    /** Takes samples spread over [from, until) (wall-clock millis) until enough were taken or time is up. */
    void run(long from, long until) {
        long interval = Math.max(1000, (until - from - 10_000) / Math.max(1, wanted));
        for (int n = 0; n < wanted; n++) {
            long at = from + n * interval;
            sleepUntil(at);
            if (System.currentTimeMillis() >= until) {
                failures.add("time ran out after " + n + " samples");
                return;
            }
            try {
                sample(n);
            } catch (RuntimeException | SQLException e) {
                failures.add("sample " + n + ": " + e.toString().lines().findFirst().orElse(""));
                try {
                    resetCases();
                    openMeeting();
                } catch (RuntimeException | SQLException again) {
                    failures.add("could not recover: " + again.toString().lines().findFirst().orElse(""));
                    return;
                }
            }
        }
    }

    private void sample(int n) throws SQLException {
        if (undecided.isEmpty()) {
            resetCases();
            openMeeting();
        }
        int index = undecided.removeFirst();
        String reason = "Push probe " + n + " " + UUID.randomUUID().toString().substring(0, 8);
        WebDriverWait waitOne = new WebDriverWait(one, SHOWN_WITHIN);
        WebDriverWait waitTwo = new WebDriverWait(two, SHOWN_WITHIN, Duration.ofMillis(50));
        waitTwo.until(ExpectedConditions.presenceOfElementLocated(By.id("decide-" + index)));
        // node 2's page notes the moment its DOM first holds the decision (this browser's clock)
        ((JavascriptExecutor) two).executeScript("""
                if (window.__probeObserver) { window.__probeObserver.disconnect(); }
                window.__probe = {reason: arguments[0], caseId: arguments[1], at: 0};
                const check = () => {
                  const block = document.getElementById(window.__probe.caseId);
                  if (!window.__probe.at && block && block.textContent.includes(window.__probe.reason)) {
                    window.__probe.at = Date.now();
                  }
                };
                window.__probeObserver = new MutationObserver(check);
                window.__probeObserver.observe(document.body, {subtree: true, childList: true, characterData: true});
                """, reason, "case-" + index);

        choose(one, waitOne, "outcome-" + index, LEVEL_STILL_FITS);
        type(one, "reason-" + index, reason);
        click(one, waitOne.until(ExpectedConditions.elementToBeClickable(By.id("decide-" + index))));
        WebElement confirm = waitOne.until(ExpectedConditions.elementToBeClickable(
                By.id("confirm-decide-" + index + "-confirm")));
        ((JavascriptExecutor) one).executeScript("arguments[0].scrollIntoView({block: 'center'})", confirm);
        long clicked = (Long) ((JavascriptExecutor) one).executeScript(
                "const t = Date.now(); arguments[0].click(); return t;", confirm);
        long shown;
        try {
            shown = new WebDriverWait(two, SHOWN_WITHIN, Duration.ofMillis(20)).until(d -> {
                Object at = ((JavascriptExecutor) d).executeScript("return window.__probe.at");
                return at instanceof Number number && number.longValue() > 0 ? number.longValue() : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new IllegalStateException("decision " + n + " (case " + index + ") not shown on "
                    + watching.name() + " within " + SHOWN_WITHIN.toSeconds() + " s", e);
        }
        long latency = shown - clicked;
        latencies.add(latency);
        rows.add(n + "," + clicked + "," + shown + "," + latency + "," + index);
        // node 1's own page shows the decision before the next case is decided there
        waitOne.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-" + index), reason));
    }

    /** Puts the meeting's HLN-check cases back undecided, as the demo data had them. */
    private void resetCases() throws SQLException {
        try (PreparedStatement reset = db.prepareStatement("UPDATE meeting_case SET outcome = NULL, amount = ?,"
                + " reason = NULL, decided_by = NULL, decided_at = NULL"
                + " WHERE moderation_meeting_id = ? AND sort_key = ? AND kind = 'HLN_CHECK'")) {
            for (Map.Entry<Integer, BigDecimal> c : cases.entrySet()) {
                reset.setBigDecimal(1, c.getValue());
                reset.setLong(2, meetingId);
                reset.setInt(3, c.getKey());
                reset.addBatch();
            }
            reset.executeBatch();
        }
        undecided.clear();
        undecided.addAll(cases.keySet());
    }

    private void openMeeting() {
        for (var pair : List.of(Map.entry(one, deciding), Map.entry(two, watching))) {
            WebDriver browser = pair.getKey();
            browser.get(pair.getValue().base() + "/moderation/" + meetingId);
            new WebDriverWait(browser, SHOWN_WITHIN).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("decide-" + cases.keySet().iterator().next())));
        }
    }

    /** Ends the probe: the cases back undecided, the browsers closed; the figures into the report. */
    String stopAndReport() {
        try {
            if (db != null) {
                resetCases();
                db.close();
            }
        } catch (SQLException e) {
            failures.add("reset at the end: " + e);
        }
        browsers.forEach(b -> {
            try {
                b.quit();
            } catch (RuntimeException e) {
                // already gone
            }
        });
        Optional<double[]> relayAfter = relay();
        DescriptiveStatistics stats = new DescriptiveStatistics();
        List<Long> taken = List.copyOf(latencies);
        taken.forEach(stats::addValue);
        String report = String.format(Locale.ROOT, """

                | push across nodes (decision confirmed in a browser on %s → shown in a browser on %s) | ms |
                |---|---|
                | samples (wanted %d) | %d |
                | failed samples | %d |
                | p50 | %s |
                | p95 | %s |
                | max | %s |
                """, deciding.name(), watching.name(), wanted, taken.size(), failures.size(),
                figure(stats, 50), figure(stats, 95), taken.isEmpty() ? "-" : String.valueOf((long) stats.getMax()));
        if (relayBefore.isPresent() && relayAfter.isPresent()) {
            double signals = relayAfter.get()[0] - relayBefore.get()[0];
            double seconds = relayAfter.get()[1] - relayBefore.get()[1];
            report += String.format(Locale.ROOT, "| of which the relay (%s's waymark.cluster.signal.relay: every UI signal"
                    + " from another node while the probe ran), mean over %.0f signals | %s |%n", watching.name(), signals,
                    signals > 0 ? String.format(Locale.ROOT, "%.0f", 1000 * seconds / signals) : "-");
        } else {
            report += "| of which the relay | ? (no WAYMARK_METRICS_PASSWORD, or the node did not answer) |\n";
        }
        if (!failures.isEmpty()) {
            report += "\nfailures: " + String.join("; ", failures) + "\n";
        }
        try {
            Files.createDirectories(reportDir);
            Files.writeString(reportDir.resolve("push-probe.csv"),
                    "sample,clicked_epoch_ms,shown_epoch_ms,latency_ms,case\n" + String.join("\n", rows) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    /** The p95 of the samples (commons-math's estimate); empty if there are none. */
    Optional<Double> p95() {
        DescriptiveStatistics stats = new DescriptiveStatistics();
        List.copyOf(latencies).forEach(stats::addValue);
        return latencies.isEmpty() ? Optional.empty() : Optional.of(stats.getPercentile(95));
    }

    int samples() {
        return latencies.size();
    }

    int failed() {
        return failures.size();
    }

    private static String figure(DescriptiveStatistics stats, double percentile) {
        return stats.getN() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", stats.getPercentile(percentile));
    }

    private static void sleepUntil(long at) {
        long wait = at - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void signIn(WebDriver browser, ClusterNodes.Node node) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(node.base() + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys(CHAIR);
        browser.findElement(By.name("password")).sendKeys(Steps.PASSWORD, Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("/two-step") || !d.findElements(By.id("sign-out")).isEmpty());
        if (browser.getCurrentUrl().contains("/two-step")) {
            // the nodes run with waymark.security.totp-accept-repeats=true (DD012), as the load test needs
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#two-step-code input")))
                    .sendKeys(DemoTotp.code(), Keys.ENTER);
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    private WebDriver browser() throws IOException {
        WebDriver driver = HeadlessChromium.startOnDesktop(HeadlessChromium.keepingConsole(
                HeadlessChromium.options("waymark-push-probe", "--disable-renderer-backgrounding",
                        "--disable-background-timer-throttling"), Level.SEVERE));
        browsers.add(driver);
        return driver;
    }
}
