package org.waymark.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.waymark.DemoTotp;
import org.waymark.benchmark.VaadinProtocol;
import org.waymark.security.service.SignInAdmission;

/**
 * DD012, over real HTTP through the whole filter chain: every failed sign-in looks the same; a
 * role that needs two-step sign-in reaches nothing before the code; a code sent with the password
 * passes both steps; a signed-in session loses access on its very next request when its account is
 * turned off or its sessions are ended; an address with too many failures is refused even with the
 * right password. An authenticator code passes once; the session id changes at sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {"waymark.security.address-max-failures=10", "waymark.security.max-failed-logins=50"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInAttemptsIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired SignInAdmission admission;

    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the sign-in form; answers where the redirect goes. */
        String signIn(String username, String password, String code) throws Exception {
            String page = get("/login").body();
            Matcher csrf = VaadinProtocol.FORM_CSRF.matcher(page);
            assertThat(csrf.find()).as(page.length() > 3000 ? page.substring(0, 3000) : page).isTrue();
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1))
                    + (code == null ? "" : "&code=" + enc(code));
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(302);
            return posted.headers().firstValue("Location").orElseThrow();
        }

        /** Where a page load of the home page ends: "ok", or the path it is sent to. */
        String home() throws Exception {
            HttpResponse<String> page = get("/");
            return page.statusCode() == 200 ? "ok" : page.headers().firstValue("Location").orElse("?" + page.statusCode());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void unknown_user_wrong_password_and_disabled_account_get_the_same_answer() throws Exception {
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = 'head'").update();
        try {
            String unknown = new Browser().signIn("nobody-at-all", "waymark-demo", null);
            String wrong = new Browser().signIn("senco", "not-the-password", null);
            String disabled = new Browser().signIn("head", "waymark-demo", null);
            assertThat(unknown).endsWith("/login?error");
            assertThat(wrong).isEqualTo(unknown);
            assertThat(disabled).isEqualTo(unknown);
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username = 'head'").update();
        }
        // a locked account with the right password: the same answer again
        jdbc.sql("UPDATE app_user SET locked_until = TIMESTAMPADD(HOUR, 1, CURRENT_TIMESTAMP) WHERE username = 'head'").update();
        try {
            assertThat(new Browser().signIn("head", "waymark-demo", null)).endsWith("/login?error");
        } finally {
            jdbc.sql("UPDATE app_user SET locked_until = NULL, failed_logins = 0 WHERE username = 'head'").update();
        }
        assertThat(new Browser().signIn("head", "waymark-demo", null)).doesNotContain("error");
    }

    @Test
    @Order(2)
    void a_role_needing_two_step_reaches_nothing_before_the_code() throws Exception {
        Browser caseworker = new Browser();
        assertThat(caseworker.signIn("caseworker", "waymark-demo", null)).doesNotContain("error");
        assertThat(caseworker.home()).endsWith("/two-step");
        // any other page is refused before the code (sent to the two-step page or to sign in again)
        HttpResponse<String> pupils = caseworker.get("/pupils");
        assertThat(pupils.statusCode()).isEqualTo(302);
        assertThat(pupils.headers().firstValue("Location").orElse("")).containsAnyOf("/two-step", "/login");

        Browser withCode = new Browser();
        assertThat(withCode.signIn("caseworker", "waymark-demo", DemoTotp.next("caseworker"))).doesNotContain("error");
        assertThat(withCode.home()).isEqualTo("ok");

        assertThat(new Browser().signIn("caseworker", "waymark-demo", "000000")).endsWith("/login?error");
    }

    @Test
    @Order(3)
    void a_school_login_without_two_step_signs_in_with_the_password() throws Exception {
        Browser senco = new Browser();
        senco.get("/login");
        String before = senco.sessionId();
        assertThat(before).as("the login page opens a session").isNotBlank();
        assertThat(senco.signIn("senco", "waymark-demo", null)).doesNotContain("error");
        assertThat(senco.home()).isEqualTo("ok");
        // session fixation: the id known before the password step is not the signed-in session's
        assertThat(senco.sessionId()).isNotBlank().isNotEqualTo(before);
    }

    @Test
    @Order(5)
    void an_authenticator_code_is_accepted_once() throws Exception {
        String code = DemoTotp.next("caseworker");
        Browser first = new Browser();
        assertThat(first.signIn("caseworker", "waymark-demo", code)).doesNotContain("error");
        assertThat(first.home()).isEqualTo("ok");
        // the same code seen over a shoulder or in a proxy's log, within its 30 seconds: refused
        Browser replay = new Browser();
        assertThat(replay.signIn("caseworker", "waymark-demo", code)).endsWith("/login?error");
        // a code the account has not used yet still works
        Browser next = new Browser();
        assertThat(next.signIn("caseworker", "waymark-demo", DemoTotp.next("caseworker"))).doesNotContain("error");
        assertThat(next.home()).isEqualTo("ok");
    }

    @Test
    @Order(4)
    void a_signed_in_session_loses_access_on_its_next_request() throws Exception {
        Browser senco = new Browser();
        senco.signIn("senco", "waymark-demo", null);
        assertThat(senco.home()).isEqualTo("ok");
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = 'senco'").update();
        try {
            assertThat(senco.home()).contains("/login");
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username = 'senco'").update();
        }

        Browser again = new Browser();
        again.signIn("senco", "waymark-demo", null);
        assertThat(again.home()).isEqualTo("ok");
        // an administrator ends the account's sessions (what AccountAdministration.endSessions stores)
        jdbc.sql("UPDATE app_user SET sessions_valid_from = TIMESTAMPADD(DAY, 1, CURRENT_TIMESTAMP) WHERE username = 'senco'")
                .update();
        try {
            assertThat(again.home()).contains("/login");
        } finally {
            jdbc.sql("UPDATE app_user SET sessions_valid_from = NULL WHERE username = 'senco'").update();
        }
    }

    /**
     * Issue 23 point 2: with every sign-in place taken, a sign-in with the right password is turned
     * away unchecked to /login?busy, which asks (in the chosen language) to try again and keeps the
     * name typed; it counts against neither the account nor the address and is not audited as a
     * failed sign-in. Once a place is free the same browser signs in.
     */
    @Test
    @Order(6)
    void a_sign_in_past_the_nodes_places_is_turned_away_unchecked_and_counts_nowhere() throws Exception {
        long accountFailures = count("SELECT failed_logins FROM app_user WHERE username = 'parent'");
        long addressFailures = count("SELECT COALESCE(SUM(failures), 0) FROM sign_in_address_window");
        long deniedAudits = count("SELECT COUNT(*) FROM audit_event WHERE actor = 'parent' AND action = 'LOGIN' AND outcome = 'DENIED'");
        Browser parent = new Browser();
        parent.get("/login?lang=cy");
        int held = 0;
        try {
            for (; held < admission.size(); held++) {
                assertThat(admission.tryEnter()).as("place %d of the node's %d", held + 1, admission.size()).isTrue();
            }
            long turnedAway = admission.turnedAway();
            assertThat(parent.signIn("parent", "waymark-demo", null)).endsWith("/login?busy");
            assertThat(admission.turnedAway()).isEqualTo(turnedAway + 1);
        } finally {
            for (; held > 0; held--) {
                admission.leave();
            }
        }
        assertThat(count("SELECT failed_logins FROM app_user WHERE username = 'parent'")).isEqualTo(accountFailures);
        assertThat(count("SELECT COALESCE(SUM(failures), 0) FROM sign_in_address_window")).isEqualTo(addressFailures);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE actor = 'parent' AND action = 'LOGIN' AND outcome = 'DENIED'"))
                .isEqualTo(deniedAudits);

        String page = parent.get("/login?busy").body();
        assertThat(page).contains("Mae llawer o bobl yn mewngofnodi ar hyn o bryd")
                .contains("value=\"parent\"")
                .containsPattern("id=\"password\"[^>]*autofocus")
                .doesNotContainPattern("id=\"username\"[^>]*autofocus");
        // the name is kept for the next page only
        assertThat(parent.get("/login?busy").body()).contains("value=\"\"");
        // a place free again: the same browser signs in
        assertThat(parent.signIn("parent", "waymark-demo", null)).doesNotContain("/login");
        assertThat(parent.home()).isEqualTo("ok");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    @Order(10)
    void an_address_with_too_many_failures_is_refused_even_with_the_right_password() throws Exception {
        Browser attacker = new Browser();
        assertThat(attacker.signIn("parent", "waymark-demo", null)).doesNotContain("error");
        for (int i = 0; i < 10; i++) {
            new Browser().signIn("user-" + i, "guess-" + i, null);
        }
        assertThat(new Browser().signIn("parent", "waymark-demo", null)).endsWith("/login?error");
    }
}
