package org.waymark.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The headers on a real HTTP response from the running portal (DD013): CSP with what Vaadin
 * needs and nothing more, Referrer-Policy, Permissions-Policy, no framing; HSTS and a Secure
 * session cookie once a TLS proxy says the request came over HTTPS, neither on plain HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-protect;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.enabled=false"})
@ActiveProfiles("test")
class SecurityHeadersIT {

    @LocalServerPort int port;

    private HttpResponse<String> get(String path, boolean viaTlsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (viaTlsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void the_sign_in_page_carries_the_policy_headers() throws Exception {
        HttpResponse<String> response = get("/login", false);
        assertThat(response.statusCode()).isEqualTo(200);
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'").contains("base-uri 'self'")
                .contains("default-src 'self'").contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("style-src 'self' 'unsafe-inline'").doesNotContain("*");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy").orElseThrow())
                .contains("camera=()").contains("geolocation=()").contains("microphone=()");
        assertThat(response.headers().firstValue("X-Frame-Options")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
    }

    @Test
    void static_files_and_unknown_paths_carry_them_too() throws Exception {
        for (String path : new String[] {"/themes/waymark/styles.css", "/no-such-page-" + System.nanoTime()}) {
            HttpResponse<String> response = get(path, false);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
        }
    }

    @Test
    void behind_a_tls_proxy_hsts_is_sent_and_the_session_cookie_is_secure() throws Exception {
        HttpResponse<String> response = get("/login", true);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000").contains("includeSubDomains");
        assertThat(response.headers().allValues("Set-Cookie")).isNotEmpty()
                .allMatch(c -> c.contains("Secure") && c.contains("HttpOnly"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
