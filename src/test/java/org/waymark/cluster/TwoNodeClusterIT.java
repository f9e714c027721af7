package org.waymark.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.browser.VaadinInputs.choose;
import static org.waymark.browser.VaadinInputs.click;
import static org.waymark.browser.VaadinInputs.type;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.waymark.browser.HeadlessChromium;
import org.waymark.operations.PrometheusText;
import org.waymark.DemoTotp;
import org.waymark.persistence.MySqlTestServer;

/**
 * Two portal JVMs (the packaged jar, started by deploy/cluster.sh) on one MariaDB database made for
 * this run, behind HAProxy (issue 21 points 1-5, DD016):
 * <ol>
 * <li>a decision in a moderation meeting on node 1 appears, without reloading, on the same meeting
 * open on node 2 (Hazelcast relay);</li>
 * <li>a file attached to a plan through node 1 is listed and downloads, byte for byte, through node 2
 * (the database file store: each node has a directory of its own, and both stay empty);</li>
 * <li>a scheduled job that both nodes fire at the same instants runs on one of them (ShedLock);</li>
 * <li>failover: a user signed in through HAProxy saves something, their node is killed, their next
 * request lands on the other node, they sign in again and what they saved is there.</li>
 * </ol>
 * The nodes load one demo authority only ({@code waymark.demo-data.authorities=WLD}, with its work
 * in flight): all four took minutes to load into an empty MariaDB.
 * With {@code -Dwaymark.cluster.running=<run dir>:<port>} it uses a cluster deploy/cluster.sh already
 * started (same database settings in WAYMARK_DB_URL/_USER/_PASSWORD, demo data, and
 * WAYMARK_METRICS_PASSWORD) instead of starting its own, and kills one of its nodes.
 * Skips with a message when haproxy, chromium or the jar is missing, unless
 * {@code -Dwaymark.cluster.required=true} (CI) makes that a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));
    private static final String METRICS_USER = "prometheus";
    /** The mail job's cron on the nodes: every ten seconds, so both nodes fire it together often. */
    private static final String MAIL_CRON = "*/10 * * * * *";
    private static final String DECISION_REASON = "Needs are met from the notional budget (two nodes)";

    private static Path run;
    private static int port;
    /** The first management port: node I answers health and metrics on managementPort + I. */
    private static int managementPort;
    private static Map<String, String> env;
    private static JdbcClient db;
    private static String metricsPassword;
    private static final List<WebDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        Path jar;
        try (var files = Files.list(ROOT.resolve("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("waymark-.*\\.jar")).findFirst().orElse(null);
        }
        requireOrSkip(onPath("haproxy"), "no haproxy on the PATH (Debian: apt-get install haproxy)");
        requireOrSkip(onPath("socat"), "no socat on the PATH (Debian: apt-get install socat)");
        requireOrSkip(Files.isExecutable(HeadlessChromium.CHROMIUM) && Files.isExecutable(HeadlessChromium.CHROMEDRIVER),
                "no chromium/chromedriver");
        requireOrSkip(jar != null, "no packaged jar in target/ (./mvnw -Pproduction package)");
        // a development build has no production bundle: in production mode its every page fails
        // ("Unable to find index.html"), which is why the first runs of this test never saw a sign-in form
        requireOrSkip(productionBuild(jar), "the jar in target/ is a development build: run with -Pproduction"
                + " (./mvnw -Pproduction verify -Dit.test=TwoNodeClusterIT)");

        String running = System.getProperty("waymark.cluster.running"); // "<run dir>:<HAProxy port>"
        if (running != null) {
            // a cluster deploy/cluster.sh already started (e.g. while debugging): used, not stopped
            run = Path.of(running.substring(0, running.lastIndexOf(':')));
            port = Integer.parseInt(running.substring(running.lastIndexOf(':') + 1));
            env = Map.of("WAYMARK_RUN", run.toString(), "WAYMARK_PORT", String.valueOf(port));
            managementPort = Integer.parseInt(System.getenv().getOrDefault("WAYMARK_MANAGEMENT_PORT",
                    String.valueOf(port + 100)));
            metricsPassword = System.getenv().getOrDefault("WAYMARK_METRICS_PASSWORD", "");
            db = jdbc(System.getenv().getOrDefault("WAYMARK_DB_URL",
                            "jdbc:mysql://127.0.0.1:3306/waymark_cluster?createDatabaseIfNotExist=true"),
                    System.getenv().getOrDefault("WAYMARK_DB_USER", "root"),
                    System.getenv().getOrDefault("WAYMARK_DB_PASSWORD", ""));
            return;
        }
        MySqlTestServer server = MySqlTestServer.get(); // a database for this run, dropped at the JVM's exit
        db = jdbc(server.jdbcUrl(), server.username(), server.password());
        port = freePort();
        run = Files.createTempDirectory("waymark-cluster-it");
        metricsPassword = UUID.randomUUID().toString();
        Map<String, String> settings = new HashMap<>();
        settings.put("WAYMARK_JAR", String.valueOf(jar));
        settings.put("WAYMARK_RUN", run.toString());
        settings.put("WAYMARK_PORT", String.valueOf(port));
        settings.put("WAYMARK_CLUSTER_PORT", String.valueOf(freePort()));
        managementPort = freePort();
        settings.put("WAYMARK_MANAGEMENT_PORT", String.valueOf(managementPort));
        settings.put("WAYMARK_DB_URL", server.jdbcUrl());
        settings.put("WAYMARK_DB_USER", server.username());
        settings.put("WAYMARK_DB_PASSWORD", server.password());
        settings.put("WAYMARK_PROFILES", "demo");
        // the shared store, as cluster.sh's default says; each node gets a directory of its own
        settings.put("WAYMARK_FILES_STORE", "database");
        // one demo authority (Wealdshire, with its meeting open today): a start in seconds, not minutes
        settings.put("WAYMARK_NODE_ARGS", "--vaadin.productionMode=true --waymark.demo-data.authorities=WLD");
        // read by the nodes from their environment (Spring's relaxed names): the mail job every ten
        // seconds, ShedLock saying which node took the lock, metrics for the scrape account
        settings.put("WAYMARK_MAIL_CRON", MAIL_CRON);
        settings.put("LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK", "DEBUG");
        settings.put("WAYMARK_METRICS_PASSWORD", metricsPassword);
        env = Map.copyOf(settings);
        long started = System.nanoTime();
        cluster("start", "2");
        System.out.printf("TwoNodeClusterIT: two nodes and HAProxy ready in %d s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        browsers.forEach(WebDriver::quit);
        if (env != null && System.getProperty("waymark.cluster.running") == null) {
            cluster("stop");
        }
    }

    @Test
    @Order(1)
    void a_decision_on_node_one_is_pushed_to_the_meeting_open_on_node_two() throws Exception {
        WebDriver one = browser();
        WebDriver two = browser();
        WebDriverWait waitOne = new WebDriverWait(one, Duration.ofSeconds(60));
        WebDriverWait waitTwo = new WebDriverWait(two, Duration.ofSeconds(60), Duration.ofMillis(20));
        // each browser straight to its node (HAProxy would keep both on whichever node served first)
        signIn(one, waitOne, node(1), "family.senco");
        one.get(node(1) + "/moderation");
        click(one, waitOne.until(ExpectedConditions.elementToBeClickable(By.id("open-meeting"))));
        waitOne.until(ExpectedConditions.urlMatches(".*/moderation/\\d+$"));
        String meetingPath = URI.create(one.getCurrentUrl()).getPath();
        WebElement decide = waitOne.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id^='decide-']")));
        String index = decide.getAttribute("id").substring("decide-".length());
        String caseId = "case-" + index;

        signIn(two, waitTwo, node(2), "family.senco");
        two.get(node(2) + meetingPath);
        waitTwo.until(ExpectedConditions.presenceOfElementLocated(By.id("decide-" + index)));
        assertThat(two.findElement(By.id(caseId)).getText()).doesNotContain("Declined");

        choose(one, waitOne, "outcome-" + index, "Declined");
        type(one, "reason-" + index, DECISION_REASON);
        click(one, one.findElement(By.id("decide-" + index)));
        WebElement confirm = waitOne.until(ExpectedConditions.elementToBeClickable(
                By.id("confirm-decide-" + index + "-confirm")));
        String relayedBefore = metrics(2);
        long clicked = System.nanoTime();
        click(one, confirm);

        // no reload on node 2: the page redraws when node 1's signal arrives over Hazelcast
        waitTwo.until(ExpectedConditions.textToBePresentInElementLocated(By.id(caseId), "Declined"));
        long shown = System.nanoTime();
        assertThat(two.findElement(By.id(caseId)).getText()).contains(DECISION_REASON);
        assertThat(two.findElements(By.id("decide-" + index))).isEmpty();
        // node 2 timed the signal's relay from node 1 (waymark.cluster.signal.relay)
        String relayedAfter = metrics(2);
        double relayed = PrometheusText.sum(relayedAfter, "waymark_cluster_signal_relay_seconds_count")
                - PrometheusText.sum(relayedBefore, "waymark_cluster_signal_relay_seconds_count");
        double relaySeconds = PrometheusText.sum(relayedAfter, "waymark_cluster_signal_relay_seconds_sum")
                - PrometheusText.sum(relayedBefore, "waymark_cluster_signal_relay_seconds_sum");
        assertThat(relayed).as("signals node 2 timed from node 1").isGreaterThanOrEqualTo(1);
        System.out.printf("TwoNodeClusterIT: decision confirmed on node 1, shown on node 2 after %d ms"
                        + " (of which the relay, Hazelcast publish to arrival, %.0f ms a signal over %.0f signals)%n",
                TimeUnit.NANOSECONDS.toMillis(shown - clicked), relaySeconds * 1000 / relayed, relayed);
        // saved once, in the one database
        assertThat(db.sql("SELECT COUNT(*) FROM meeting_case WHERE reason = :reason")
                .param("reason", DECISION_REASON).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void a_file_attached_through_node_one_downloads_through_node_two_from_the_database() throws Exception {
        long planId = firstSenSupportPlanAtLarkfield();
        int storedBefore = db.sql("SELECT COUNT(*) FROM stored_file").query(Integer.class).single();
        String content = "%PDF-1.7\n% two nodes " + UUID.randomUUID() + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
        Path pdf = Files.createTempDirectory("waymark-cluster-upload").resolve("Shared report.pdf");
        Files.writeString(pdf, content, StandardCharsets.US_ASCII);

        WebDriver one = browser();
        WebDriverWait waitOne = new WebDriverWait(one, Duration.ofSeconds(60));
        signIn(one, waitOne, node(1), "senco");
        one.get(node(1) + "/plans/" + planId);
        fileInput(one, waitOne).sendKeys(pdf.toString());
        waitOne.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='attachments']//a[normalize-space(.)='Shared report.pdf']")));
        assertThat(db.sql("SELECT COUNT(*) FROM stored_file").query(Integer.class).single())
                .isEqualTo(storedBefore + 1);

        WebDriver two = browser();
        WebDriverWait waitTwo = new WebDriverWait(two, Duration.ofSeconds(60));
        signIn(two, waitTwo, node(2), "senco");
        two.get(node(2) + "/plans/" + planId);
        WebElement link = waitTwo.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='attachments']//a[normalize-space(.)='Shared report.pdf']")));
        assertThat(link.getAttribute("href")).startsWith(node(2));
        assertThat(download(two, link)).isEqualTo("200|" + content);
        // nothing went to either node's disk: the nodes share the file through the database only
        for (int i = 1; i <= 2; i++) {
            try (Stream<Path> files = Files.walk(run.resolve("node" + i + "-files"))) {
                assertThat(files.filter(Files::isRegularFile).toList()).as("files on node %d's disk", i).isEmpty();
            }
        }
    }

    /**
     * Issue 21 point 7: HAProxy checks each node's readiness on its management port (threads of its
     * own), where the metrics are too, still behind the scrape account; the portal's own port keeps
     * /readyz for whoever asks there and serves no metrics.
     */
    @Test
    @Order(0)
    void each_node_answers_readiness_and_metrics_on_its_management_port_and_metrics_only_to_the_scrape_account()
            throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        assertThat(Files.readString(run.resolve("haproxy.cfg")))
                .contains("server node1 127.0.0.1:" + (port + 1) + " check port " + (managementPort + 1))
                .contains("server node2 127.0.0.1:" + (port + 2) + " check port " + (managementPort + 2));
        for (int i = 1; i <= 2; i++) {
            assertThat(get(client, management(i) + "/actuator/health/readiness").statusCode()).as("node %d", i).isEqualTo(200);
            assertThat(get(client, node(i) + "/readyz").statusCode()).as("node %d", i).isEqualTo(200);
            assertThat(get(client, management(i) + "/actuator/prometheus").statusCode()).as("node %d", i).isEqualTo(401);
            assertThat(metrics(i)).contains("waymark_signin_turned_away_total");
            assertThat(scrape(node(i)).body()).as("node %d's portal port", i).doesNotContain("waymark_signin_turned_away_total");
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(3)
    void a_job_both_nodes_fire_at_the_same_instants_runs_on_one_of_them() throws Exception {
        // both nodes fire the mail job every ten seconds (same cron, same clock); ShedLock's row in the
        // shared database lets one of them run it and holds it 30 s (lockAtLeastFor), so the other skips
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Map<String, List<String>> bySlot;
        while (true) {
            bySlot = firingsBySlot("notice-mails");
            boolean bothFiredAndOneRan = bySlot.values().stream().anyMatch(
                    f -> f.size() == 2 && f.stream().filter(s -> s.endsWith("ran")).count() == 1);
            if (bothFiredAndOneRan || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(2000);
        }
        assertThat(bySlot.values()).as("instants at which both nodes fired and one ran: %s", bySlot)
                .anyMatch(f -> f.size() == 2 && f.stream().filter(s -> s.endsWith("ran")).count() == 1);
        // at no instant did both nodes run it
        assertThat(bySlot.values()).as("instants at which both ran: %s", bySlot)
                .noneMatch(f -> f.stream().filter(s -> s.endsWith("ran")).count() > 1);
        // and the runs counted in each node's metrics are the runs its log shows
        for (int i = 1; i <= 2; i++) {
            String node = "node" + i;
            double before = -1;
            double after = -2;
            long ranInLog = 0;
            for (int attempt = 0; attempt < 5 && before != after; attempt++) {
                before = jobRuns(i, "notice-mails");
                ranInLog = firingsBySlot("notice-mails").values().stream().flatMap(List::stream)
                        .filter(s -> s.equals(node + " ran")).count();
                after = jobRuns(i, "notice-mails");
            }
            assertThat(after).as("%s's runs of the mail job: metric and log", node).isEqualTo(ranInLog);
        }
    }

    @Test
    @Order(4)
    void when_a_users_node_dies_the_next_request_lands_on_the_other_who_signs_in_again_and_finds_what_was_saved()
            throws Exception {
        long planId = firstSenSupportPlanAtLarkfield();
        String content = "%PDF-1.7\n% saved before the crash " + UUID.randomUUID() + "\n%%EOF\n";
        Path pdf = Files.createTempDirectory("waymark-cluster-failover").resolve("Saved before the crash.pdf");
        Files.writeString(pdf, content, StandardCharsets.US_ASCII);
        WebDriver browser = browser();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        String front = "http://127.0.0.1:" + port;
        signIn(browser, wait, front, "senco");
        browser.get(front + "/plans/" + planId);
        fileInput(browser, wait).sendKeys(pdf.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='attachments']//a[normalize-space(.)='Saved before the crash.pdf']")));
        Cookie sticky = browser.manage().getCookieNamed("WAYMARKNODE");
        assertThat(sticky).as("HAProxy's sticky-session cookie").isNotNull();
        String first = sticky.getValue();
        assertThat(first).isIn("node1", "node2");
        int other = "node1".equals(first) ? 2 : 1;

        cluster("kill", first.substring("node".length()));

        // the next request: HAProxy sends it to the other node, which has no session for it
        browser.get(front + "/plans/" + planId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertThat(browser.manage().getCookieNamed("WAYMARKNODE").getValue()).isEqualTo("node" + other);
        signIn(browser, wait, front, "senco");
        assertThat(browser.manage().getCookieNamed("WAYMARKNODE").getValue()).isEqualTo("node" + other);

        // what was saved through the dead node is there, file and all
        browser.get(front + "/plans/" + planId);
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='attachments']//a[normalize-space(.)='Saved before the crash.pdf']")));
        assertThat(download(browser, link)).isEqualTo("200|" + content);
        // and the decision taken on node 1 in the first test
        assertThat(db.sql("SELECT COUNT(*) FROM meeting_case WHERE reason = :reason")
                .param("reason", DECISION_REASON).query(Integer.class).single()).isEqualTo(1);
    }

    // --- helpers ---

    private static String node(int i) {
        return "http://127.0.0.1:" + (port + i);
    }

    /** The node's management address: health and metrics, on threads of their own. */
    private static String management(int i) {
        return "http://127.0.0.1:" + (managementPort + i);
    }

    private static JdbcClient jdbc(String url, String user, String password) {
        return JdbcClient.create(new DriverManagerDataSource(url, user, password));
    }

    private static long firstSenSupportPlanAtLarkfield() {
        return db.sql("SELECT sp.id FROM support_plan sp JOIN pupil p ON p.id = sp.pupil_id"
                + " JOIN school s ON s.id = p.school_id WHERE s.name = 'Larkfield Primary School'"
                + " AND sp.status <> 'CEASED' AND sp.plan_type = 'SEN_SUPPORT' ORDER BY sp.id LIMIT 1")
                .query(Long.class).single();
    }

    /**
     * Every firing of a ShedLock job in both nodes' logs, by the ten-second slot of the mail cron it
     * belongs to: "node1 ran" (it took the lock) or "node2 skipped" (locked by the other).
     */
    private static Map<String, List<String>> firingsBySlot(String job) throws IOException {
        Pattern line = Pattern.compile("^(\\S+T\\d\\d:\\d\\d:\\d)\\d\\.\\d+.*(Locked|Not executing) '"
                + Pattern.quote(job) + "'");
        Map<String, List<String>> slots = new TreeMap<>();
        for (int i = 1; i <= 2; i++) {
            for (String text : Files.readAllLines(run.resolve("node" + i + ".log"), StandardCharsets.UTF_8)) {
                Matcher m = line.matcher(text);
                if (m.find()) {
                    slots.computeIfAbsent(m.group(1), k -> new ArrayList<>())
                            .add("node" + i + ("Locked".equals(m.group(2)) ? " ran" : " skipped"));
                }
            }
        }
        return slots;
    }

    /** The node's Prometheus metrics, read as the scrape account. */
    private static String metrics(int node) throws Exception {
        HttpResponse<String> response = scrape(management(node));
        assertThat(response.statusCode()).as("node %d's metrics", node).isEqualTo(200);
        return response.body();
    }

    /** {@code /actuator/prometheus} at {@code base}, asked as the scrape account. */
    private static HttpResponse<String> scrape(String base) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (METRICS_USER + ":" + metricsPassword).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The node's count of successful runs of a job, from its Prometheus metrics. */
    private static double jobRuns(int node, String job) throws Exception {
        Pattern meter = Pattern.compile("^waymark_jobs_runs_seconds_count\\{(.*)} (\\S+)$", Pattern.MULTILINE);
        Matcher m = meter.matcher(metrics(node));
        double total = 0;
        while (m.find()) {
            Set<String> tags = Set.of(m.group(1).split(","));
            if (tags.contains("job=\"" + job + "\"") && tags.contains("outcome=\"success\"")) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    /** Fetches a download link in the page's own session: "status|body". */
    private static String download(WebDriver browser, WebElement link) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.text().then(t => done(r.status + '|' + t)))"
                        + ".catch(e => done('error ' + e));", link);
    }

    private static WebElement fileInput(WebDriver browser, WebDriverWait wait) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attachment-upload")));
        return (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelector('input[type=file]')"
                        + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
    }

    private static void waitReady(WebDriverWait wait) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    /**
     * Signs in on the sign-in page of {@code base}; a login whose role needs two-step sign-in (DD012)
     * gives a code the portal has not accepted before: the nodes share the account's last accepted
     * step through the database, so the same code twice (one browser per node) would be refused.
     */
    private static void signIn(WebDriver browser, WebDriverWait wait, String base, String user) {
        browser.get(base + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys("waymark-demo", Keys.ENTER);
        try {
            wait.until(d -> d.getCurrentUrl().contains("/two-step") || !d.findElements(By.id("sign-out")).isEmpty());
            if (browser.getCurrentUrl().contains("/two-step")) {
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#two-step-code input")))
                        .sendKeys(DemoTotp.next(user), Keys.ENTER);
            }
            waitReady(wait);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("signing in " + user + " at " + base + " did not finish: the browser is at "
                    + browser.getCurrentUrl() + " (WAYMARKNODE " + browser.manage().getCookieNamed("WAYMARKNODE")
                    + ") showing: " + pageText(browser) + "\nbrowser console errors: " + consoleErrors(browser), e);
        }
    }

    /**
     * The page's console errors: a blocked navigation (a Content-Security-Policy refusal, a redirect
     * to an address that does not answer) shows only there, not in any node's log.
     */
    private static List<String> consoleErrors(WebDriver browser) {
        try {
            return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage).toList();
        } catch (RuntimeException e) {
            return List.of("(not readable: " + e + ")");
        }
    }

    private static String pageText(WebDriver browser) {
        String text = browser.findElement(By.tagName("body")).getText();
        return text.length() > 600 ? text.substring(0, 600) : text;
    }

    private static WebDriver browser() throws IOException {
        // the console, for the message of a sign-in that does not finish
        WebDriver driver = HeadlessChromium.startOnDesktop(
                HeadlessChromium.keepingConsole(HeadlessChromium.options("waymark-chromium-cluster"), Level.ALL));
        browsers.add(driver);
        return driver;
    }

    private static void cluster(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("deploy/cluster.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("deploy/cluster.sh " + String.join(" ", args) + " did not finish");
        }
        assertThat(process.exitValue()).as("deploy/cluster.sh " + String.join(" ", args)
                + " (node logs in " + run + ")").isZero();
    }

    private static boolean productionBuild(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            return file.stream().anyMatch(e -> e.getName().endsWith("META-INF/VAADIN/webapp/index.html"));
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", program));
    }

    private static void requireOrSkip(boolean present, String what) {
        if (present) {
            return;
        }
        String message = "TWO-NODE CLUSTER TEST NOT RUN: " + what;
        System.err.println("\n!!!!!!!! " + message + " !!!!!!!!\n");
        if (Boolean.getBoolean("waymark.cluster.required")) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message);
    }

    private static int freePort() throws IOException {
        // a block of three ports from a free one: HAProxy on it, the nodes on the next two
        for (int attempt = 0; attempt < 20; attempt++) {
            int candidate;
            try (ServerSocket socket = new ServerSocket(0)) {
                candidate = socket.getLocalPort();
            }
            if (candidate < 65000 && free(candidate + 1) && free(candidate + 2)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no three free ports in a row");
    }

    private static boolean free(int candidate) {
        try (ServerSocket socket = new ServerSocket(candidate)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
