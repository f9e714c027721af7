package org.waymark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.DemoTotp;
import org.waymark.demo.service.DemoDataLoader;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.SessionAccounts.SessionAccount;

/**
 * Issue 20's sign-in hardening (DD012) against the demo database: secrets sealed at rest (and
 * plain ones from before V50 sealed at start), an authenticator code accepted once, the account a
 * request needs read in one statement, and a locked account costing the same hash check.
 */
@SpringBootTest
@ActiveProfiles("test")
class SignInHardeningIT {

    @Autowired JdbcClient jdbc;
    @Autowired TwoStepSecrets secrets;
    @Autowired TwoStepService twoStep;
    @Autowired AccountService accounts;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired SignInThrottle throttle;

    private long idOf(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    @Test
    void the_demo_secret_is_stored_sealed() {
        long caseworker = idOf("caseworker");
        String stored = jdbc.sql("SELECT secret FROM two_step_credential WHERE app_user_id = :id").param("id", caseworker)
                .query(String.class).single();
        assertThat(stored).startsWith("aesgcm1:").doesNotContain(DemoDataLoader.DEMO_TOTP_SECRET);
        assertThat(secrets.open(caseworker, stored)).isEqualTo(DemoDataLoader.DEMO_TOTP_SECRET);
    }

    @Test
    void a_plain_secret_from_before_V50_is_sealed_at_start_and_its_codes_pass_once() {
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        jdbc.sql("INSERT INTO app_user (username, password_hash, display_name) VALUES ('hardening.plain', 'x', 'Plain Secret')")
                .update();
        long userId = idOf("hardening.plain");
        try {
            jdbc.sql("INSERT INTO two_step_credential (app_user_id, secret, confirmed_at, created_at)"
                    + " VALUES (:id, :secret, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .param("id", userId).param("secret", secret).update();
            secrets.afterSingletonsInstantiated(); // what every start does once the context is built
            String stored = jdbc.sql("SELECT secret FROM two_step_credential WHERE app_user_id = :id").param("id", userId)
                    .query(String.class).single();
            assertThat(stored).startsWith("aesgcm1:").doesNotContain(secret);
            assertThat(secrets.open(userId, stored)).isEqualTo(secret);

            // a sign-in form that arrived 90 s ago and waited for its password check (a rush of
            // sign-ins): its code is checked as of its arrival, once, and not a step further back
            // (first: a step once used, no earlier step passes, RFC 6238)
            Instant arrived = Instant.now().minusSeconds(90);
            String whenSent = DemoTotp.code(secret, arrived);
            assertThat(twoStep.check(userId, whenSent)).as("checked now").isFalse();
            assertThat(twoStep.check(userId, DemoTotp.code(secret, arrived.minusSeconds(60)), arrived))
                    .as("two steps before its arrival").isFalse();
            assertThat(twoStep.check(userId, whenSent, arrived)).as("checked as of its arrival").isTrue();
            assertThat(twoStep.check(userId, whenSent, arrived)).as("the same code again").isFalse();

            String code = DemoTotp.code(secret, Instant.now());
            assertThat(twoStep.check(userId, code)).isTrue();
            // replayed within its 30 seconds: refused, as is the code of the step before
            assertThat(twoStep.check(userId, code)).isFalse();
            assertThat(twoStep.check(userId, DemoTotp.code(secret, Instant.now().minusSeconds(30)))).isFalse();
            // the code of the next step (a phone a little ahead) still passes, once
            String ahead = DemoTotp.code(secret, Instant.now().plusSeconds(30));
            assertThat(twoStep.check(userId, ahead)).isTrue();
            assertThat(twoStep.check(userId, ahead)).isFalse();
        } finally {
            jdbc.sql("DELETE FROM two_step_credential WHERE app_user_id = :id").param("id", userId).update();
            jdbc.sql("DELETE FROM app_user WHERE id = :id").param("id", userId).update();
        }
    }

    private long statementsOnAccounts() {
        return jdbc.sql("SELECT COALESCE(SUM(execution_count), 0) FROM information_schema.query_statistics"
                + " WHERE LOWER(sql_statement) LIKE '%app_user%' OR LOWER(sql_statement) LIKE '%user_role%'"
                + " OR LOWER(sql_statement) LIKE '%linked_child%' OR LOWER(sql_statement) LIKE '%two_step_credential%'")
                .query(Long.class).single();
    }

    @Test
    void a_request_reads_its_account_in_one_statement_and_sees_changes_at_once() {
        long parent = idOf("parent");
        long caseworker = idOf("caseworker");
        jdbc.sql("SET QUERY_STATISTICS TRUE").update();
        long before;
        long after;
        SessionAccount read;
        try {
            before = statementsOnAccounts();
            read = accounts.sessionUser(parent).orElseThrow();
            after = statementsOnAccounts();
        } finally {
            jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        }
        // the statistics query itself names the tables: it ran once between the two counts
        assertThat(after - before).as("statements on the account tables per request").isEqualTo(1 + 1);

        AppUser aggregate = users.findById(parent).orElseThrow();
        assertThat(read.user().getUsername()).isEqualTo("parent");
        assertThat(read.user().roleSet()).isEqualTo(aggregate.roleSet()).contains(Role.PARENT);
        assertThat(read.user().childIds()).isEqualTo(aggregate.childIds()).isNotEmpty();
        assertThat(read.user().isEnabled()).isTrue();
        assertThat(read.enrolled()).isFalse();
        SessionAccount withAuthenticator = accounts.sessionUser(caseworker).orElseThrow();
        assertThat(withAuthenticator.enrolled()).isTrue();
        assertThat(withAuthenticator.user().roleSet()).isEqualTo(users.findById(caseworker).orElseThrow().roleSet());

        // turned off, sessions ended: the next read says so
        Instant signedIn = Instant.now();
        jdbc.sql("UPDATE app_user SET enabled = FALSE, sessions_valid_from = TIMESTAMPADD(DAY, 1, CURRENT_TIMESTAMP) WHERE id = :id")
                .param("id", parent).update();
        try {
            SessionAccount disabled = accounts.sessionUser(parent).orElseThrow();
            assertThat(disabled.user().isEnabled()).isFalse();
            assertThat(disabled.user().sessionValid(signedIn)).isFalse();
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = TRUE, sessions_valid_from = NULL WHERE id = :id").param("id", parent).update();
        }
        assertThat(accounts.sessionUser(-1)).isEmpty();
    }

    /** The application's encoder, counting the hash comparisons. */
    private final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger matches = new AtomicInteger();

        @Override
        public @Nullable String encode(@Nullable CharSequence raw) {
            return passwordEncoder.encode(raw);
        }

        @Override
        public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
            matches.incrementAndGet();
            return passwordEncoder.matches(raw, encoded);
        }
    }

    private int hashChecks(String username, String password) {
        CountingEncoder encoder = new CountingEncoder();
        SignInProvider provider = new SignInProvider(accounts, encoder, throttle, twoStep, new SignInAdmission(0));
        encoder.matches.set(0);
        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)))
                .isInstanceOf(AuthenticationException.class);
        return encoder.matches.get();
    }

    @Test
    void a_locked_disabled_or_unknown_account_costs_the_same_hash_check_as_a_wrong_password() {
        assertThat(hashChecks("head", "not-the-password")).isEqualTo(1);
        assertThat(hashChecks("nobody-at-all", "waymark-demo")).isEqualTo(1);
        jdbc.sql("UPDATE app_user SET locked_until = TIMESTAMPADD(HOUR, 1, CURRENT_TIMESTAMP) WHERE username = 'head'").update();
        try {
            assertThat(hashChecks("head", "waymark-demo")).as("locked").isEqualTo(1);
        } finally {
            jdbc.sql("UPDATE app_user SET locked_until = NULL, failed_logins = 0 WHERE username = 'head'").update();
        }
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = 'head'").update();
        try {
            assertThat(hashChecks("head", "waymark-demo")).as("disabled").isEqualTo(1);
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username = 'head'").update();
        }
    }
}
