package org.waymark.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shipped HAProxy configuration (deploy/haproxy.cfg.in, filled in as deploy/cluster.sh does) in
 * front of a running portal, on a port of its own: the portal's redirects — to the sign-in page, and
 * the sign-in form's answer — must come back to HAProxy's address, not to port 80. Without
 * X-Forwarded-Port Tomcat takes the port from X-Forwarded-Proto (80 for http), and every sign-in
 * through HAProxy went to http://host/, which the browser cannot reach and the portal's
 * Content-Security-Policy (form-action 'self') blocks: the browser stayed on /login (issue 21, DD016,
 * why TwoNodeClusterIT's failover test failed). Runs in seconds (the same application context as
 * SecurityHeadersIT), so it is in ./mvnw verify; skips loudly without haproxy, unless
 * {@code -Dwaymark.cluster.required=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-protect;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.enabled=false"})
@ActiveProfiles("test")
class HaproxyConfigIT {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));

    @LocalServerPort int portalPort;

    private Process haproxy;

    @AfterEach
    void stopHaproxy() throws InterruptedException {
        if (haproxy != null) {
            haproxy.destroy();
            if (!haproxy.waitFor(10, TimeUnit.SECONDS)) {
                haproxy.destroyForcibly();
            }
        }
    }

    @Test
    void through_haproxy_on_its_own_port_the_sign_in_redirects_come_back_to_that_port() throws Exception {
        Path program = haproxyProgram();
        int front = freePort();
        Path run = Files.createTempDirectory("waymark-haproxy-it");
        String template = Files.readString(ROOT.resolve("deploy/haproxy.cfg.in"), StandardCharsets.UTF_8);
        String servers = "    server node1 127.0.0.1:" + portalPort + " check cookie node1\n";
        String config = template.replace("@RUN@", run.toString()).replace("@PORT@", String.valueOf(front))
                .replace("@SERVERS@\n", servers);
        Path file = run.resolve("haproxy.cfg");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        haproxy = new ProcessBuilder(program.toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(run.resolve("haproxy.log").toFile()).start();
        String base = "http://127.0.0.1:" + front;

        CookieManager cookies = new CookieManager();
        try (HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            awaitHaproxy(client, base, run);

            // a page without a session (as after a node died): to the sign-in page at HAProxy's address
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/pupils"))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).contains(base + "/login");
            // HAProxy's sticky cookie (set on the first answer through it)
            assertThat(cookies.getCookieStore().getCookies()).anyMatch(
                    c -> c.getName().equals("WAYMARKNODE") && c.getValue().equals("node1"));

            // the sign-in form's answer (here a refusal: this database has no accounts) at HAProxy's address,
            // which the sign-in page's form-action 'self' allows
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("form-action 'self'");
            Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(login.body());
            assertThat(token.find()).as("the sign-in page's CSRF token").isTrue();
            String form = "username=nobody&password=" + URLEncoder.encode("not-a-password", StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location")).contains(base + "/login?error");
        }
    }

    /** HAProxy forwards once its health check on the portal's readiness has passed. */
    private void awaitHaproxy(HttpClient client, String base, Path run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            assertThat(haproxy.isAlive()).as("haproxy running (log: %s)", run.resolve("haproxy.log")).isTrue();
            try {
                int status = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).GET()
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // HAProxy still starting
            }
            assertThat(System.nanoTime()).as("HAProxy forwarding within 30 s (log: %s)", run.resolve("haproxy.log"))
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static Path haproxyProgram() {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "haproxy"))) {
                return Path.of(dir, "haproxy");
            }
        }
        String message = "HAPROXY CONFIGURATION TEST NOT RUN: no haproxy on the PATH (Debian: apt-get install haproxy)";
        System.err.println("\n!!!!!!!! " + message + " !!!!!!!!\n");
        if (Boolean.getBoolean("waymark.cluster.required")) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message);
        throw new IllegalStateException(message);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
