package org.waymark.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.allocations.service.EndingReminders;
import org.waymark.operations.service.JobRuns;

/**
 * The operators' view on a running portal (issue 21 point 6, DD015): the health groups answer
 * without sign-in and carry the security headers; the Prometheus scrape needs the scrape account
 * and lists the portal's own meters, whose values move with what is done here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-operations;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.enabled=false",
        "waymark.metrics.username=scraper",
        "waymark.metrics.password=scrape-password-for-tests"})
@ActiveProfiles("test")
@AutoConfigureMetrics
class OperationsIT {

    @LocalServerPort int port;
    @Autowired EndingReminders reminders;
    @Autowired JobRuns jobRuns;

    private HttpResponse<String> get(String path, String basicAuth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (basicAuth != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", "scraper:scrape-password-for-tests");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of one series (name with its labels as Prometheus writes them), 0 when absent. */
    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.Ee+-]+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void liveness_readiness_and_health_answer_without_sign_in_and_say_no_more_than_up() throws Exception {
        for (String path : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health",
                "/livez", "/readyz"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            // UP and, at the root, the groups' names: no components, no details
            assertThat(response.body()).as(path).isIn("{\"status\":\"UP\"}", "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void the_metrics_need_the_scrape_account_and_other_endpoints_are_closed() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "scraper:wrong").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "scraper:").statusCode()).isEqualTo(401);
        // the right password with another name
        assertThat(get("/actuator/prometheus", "prometheus:scrape-password-for-tests").statusCode()).isEqualTo(401);
        // a portal account is not the scrape account
        assertThat(get("/actuator/prometheus", "caseworker:waymark-demo").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/env", "scraper:scrape-password-for-tests").statusCode()).isIn(403, 404);
        assertThat(get("/actuator/env", null).statusCode()).isIn(401, 403);
    }

    @Test
    void the_scrape_lists_the_portals_meters_and_their_values_follow_what_happens() throws Exception {
        String before = scrape();
        assertThat(before).contains("waymark_ui_active", "waymark_push_deliveries_total",
                "hikaricp_connections_active", "jvm_memory_used_bytes", "waymark_signin_hashes_waiting",
                "waymark_signin_in_progress", "waymark_signin_turned_away_total");
        double sessionsBefore = value(before, "waymark_http_sessions_active{application=\"waymark\"}");

        // a visitor opens the sign-in page: one more HTTP session, one more timed request
        HttpResponse<String> page = get("/login", null);
        assertThat(page.statusCode()).isEqualTo(200);
        // a job runs on this node (the lock is its), a second firing within its minimum hold is skipped
        String success = "waymark_jobs_runs_seconds_count{application=\"waymark\",job=\"ending-reminders\",outcome=\"success\"}";
        double runsBefore = value(before, success);
        reminders.everyMorning();
        reminders.everyMorning();
        // a job that fails is counted as a failure and thrown on
        assertThatThrownBy(() -> jobRuns.run("operations-test", () -> {
            throw new IllegalStateException("broken on purpose");
        })).hasMessage("broken on purpose");

        String after = scrape();
        assertThat(value(after, "waymark_http_sessions_active{application=\"waymark\"}")).isEqualTo(sessionsBefore + 1);
        assertThat(value(after, success)).isEqualTo(runsBefore + 1);
        assertThat(value(after, "waymark_jobs_runs_seconds_count{application=\"waymark\",job=\"operations-test\",outcome=\"failure\"}"))
                .isEqualTo(1);
        // the sign-in page is the one timed page request in between (Vaadin's routes are tagged by the
        // servlet's mapping, not the route, so the page requests are added up; the scrapes are left out)
        assertThat(pageRequests(after)).isEqualTo(pageRequests(before) + 1);
    }

    private static double pageRequests(String scrape) {
        return scrape.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{"))
                .filter(l -> l.contains("method=\"GET\"") && l.contains("status=\"200\"") && !l.contains("uri=\"/actuator"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
