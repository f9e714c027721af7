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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

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

    /** One signed-in browser: its cookies, and how long its home UI took to build. */
    private record Browser(HttpClient client, double initMs) {
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
        assertThat(init.body()).contains("Vaadin-Security-Key");
        return new Browser(client, ms);
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
        timings.write("session-memory.md", "# Open UIs (H2, demo data, development mode)");
    }
}
