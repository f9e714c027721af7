package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.moderation.service.ModerationService;
import org.waymark.security.service.AccountService;

/**
 * Live heap per open UI: the running portal (demo data) is signed into over real HTTP by N
 * sessions — the login form with its CSRF token, then Vaadin's bootstrap request that builds the
 * user's home UI — and the live heap after full GCs with the N sessions is compared with the heap
 * before them. Also the time the server takes to build each home UI. Target <= 300 KB a UI.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionMemoryBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final List<String> USERS = List.of("senco", "caseworker", "family.senco", "parent", "head");

    @LocalServerPort
    int port;
    @Autowired AccountService accounts;
    @Autowired ModerationService moderation;
    /** As the bootstrap answers say (./mvnw -Pbenchmark,production builds the production bundle first). */
    private boolean productionMode;

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    private static final Pattern GRID_CONFIRM =
            Pattern.compile("\\[\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"\\]");

    /** One signed-in browser: its cookies, its UI's token and id, and how long its home UI took to build. */
    private record Browser(HttpClient client, String csrf, String uiId, double initMs) {
    }

    private Browser signIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = client.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).as("login page carries a CSRF token").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc("waymark-demo") + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        long start = System.nanoTime();
        HttpResponse<String> init = client.send(HttpRequest.newBuilder(uri("/?v-r=init&location=&query=")).build(),
                HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1_000_000.0;
        assertThat(init.statusCode()).isEqualTo(200);
        productionMode = init.body().contains("\"productionMode\":true");
        return new Browser(client, find(SECURITY_KEY, init.body()), find(UI_ID, init.body()), ms);
    }

    /**
     * Follows a menu entry as Flow's client router does (a ui-navigate event in a UIDL request, the
     * first message of this UI), so the session holds that page instead of the home page; then sends
     * the message the browser sends next (the grid's confirmation of the rows it received). Flow keeps
     * each UI's last answer to resend it should the browser repeat a message, so measuring straight
     * after the page's large answer would count that answer as the page's memory.
     */
    private double navigate(Browser browser, String route) throws Exception {
        long start = System.nanoTime();
        String answer = uidl(browser, "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{"
                + "\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"Waymark\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"client\"}}", 0, 0);
        double ms = (System.nanoTime() - start) / 1_000_000.0;
        assertThat(answer).as("the page was built").contains("\"changes\"");
        List<String> confirms = new ArrayList<>();
        Matcher grid = GRID_CONFIRM.matcher(answer);
        while (grid.find()) {
            confirms.add("{\"type\":\"publishedEventHandler\",\"node\":" + grid.group(1) + ","
                    + "\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[" + grid.group(2)
                    + "],\"promise\":" + confirms.size() + "}");
        }
        uidl(browser, String.join(",", confirms), Integer.parseInt(last(SYNC_ID, answer)),
                Integer.parseInt(find(CLIENT_ID, answer)));
        return ms;
    }

    private String uidl(Browser browser, String rpc, int syncId, int clientId) throws Exception {
        String message = "{\"csrfToken\":\"" + browser.csrf() + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> answer = browser.client().send(HttpRequest.newBuilder(
                        uri("/?v-r=uidl&v-uiId=" + browser.uiId()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("appError").doesNotContain("resynchronize");
        return answer.body();
    }

    private static String last(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        assertThat(found).as("answer carries " + pattern).isNotNull();
        return found;
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as("bootstrap answer carries " + pattern).isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(250);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void live_heap_per_open_ui() throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 100);
        List<Browser> warmUp = new ArrayList<>();
        for (String user : USERS) {
            warmUp.add(signIn(user));
        }
        long before = liveHeap();
        List<Browser> open = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            open.add(signIn(USERS.get(i % USERS.size())));
        }
        long after = liveHeap();
        double perUiKb = (after - before) / 1024.0 / sessions;
        double[] init = open.stream().mapToDouble(Browser::initMs).sorted().toArray();
        Timings timings = new Timings();
        timings.row(String.valueOf(sessions), "live heap per open UI (KB), homes of " + String.join(", ", USERS),
                String.format("%.0f", perUiKb), "", "");
        timings.row(String.valueOf(sessions), "server builds a home UI (bootstrap request, ms)",
                String.format("%.1f", Timings.median(init)), String.format("%.1f", Timings.p95(init)),
                String.format("%.1f", init[init.length - 1]));
        timings.write("session-memory.md", "# Open UIs (H2, demo data, " + mode() + ")");
    }

    /**
     * The heavier pages: caseworkers holding the authority's pupil grid (a page of rows, each with a
     * link component) and Family SENCOs holding a moderation meeting with its agenda, push-ready.
     */
    @Test
    void live_heap_per_open_heavy_page() throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 100);
        String meeting = "moderation/" + meetingId();
        List.of(signIn("caseworker"), signIn("family.senco")); // warm-up
        navigate(signIn("caseworker"), "pupils");
        navigate(signIn("family.senco"), meeting);
        List<Browser> open = new ArrayList<>();
        List<Double> gridMs = new ArrayList<>();
        List<Double> meetingMs = new ArrayList<>();
        long before = liveHeap();
        for (int i = 0; i < sessions; i++) {
            Browser browser = signIn("caseworker");
            gridMs.add(navigate(browser, "pupils"));
            open.add(browser);
        }
        long withGrids = liveHeap();
        histogram("grid");
        for (int i = 0; i < sessions; i++) {
            Browser browser = signIn("family.senco");
            meetingMs.add(navigate(browser, meeting));
            open.add(browser);
        }
        long withMeetings = liveHeap();
        Timings timings = new Timings();
        timings.row(String.valueOf(sessions), "live heap per open UI (KB), caseworker on the pupil grid",
                String.format("%.0f", (withGrids - before) / 1024.0 / sessions), "", "");
        timings.row(String.valueOf(sessions), "live heap per open UI (KB), Family SENCO on a moderation meeting",
                String.format("%.0f", (withMeetings - withGrids) / 1024.0 / sessions), "", "");
        row(timings, sessions, "server builds the pupil grid page (ms)", gridMs);
        row(timings, sessions, "server builds the moderation meeting page (ms)", meetingMs);
        timings.write("session-memory-heavy.md", "# Open UIs on heavier pages (H2, demo data, " + mode() + ")");
    }

    /** Vaadin's mode: development mode keeps where each component was made (for Copilot), which costs memory. */
    private String mode() {
        return productionMode ? "production mode" : "development mode";
    }

    /** With -Dbench.histogram=true: the live-object histogram (what the sessions hold) under target/benchmarks. */
    private static void histogram(String name) throws Exception {
        if (Boolean.getBoolean("bench.histogram")) {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/benchmarks/histogram-" + name + ".txt"),
                    String.valueOf(text));
        }
    }

    private static void row(Timings timings, int sessions, String path, List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        timings.row(String.valueOf(sessions), path, String.format("%.1f", Timings.median(sorted)),
                String.format("%.1f", Timings.p95(sorted)), String.format("%.1f", sorted[sorted.length - 1]));
    }

    /** Today's moderation meeting of the demo family, opened by its Family SENCO if there is none. */
    private long meetingId() {
        SignIn.as(accounts, "family.senco");
        try {
            var mine = moderation.meetingsOfMyFamily();
            return mine.isEmpty() ? moderation.open(LocalDate.now()) : mine.getFirst().getId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
