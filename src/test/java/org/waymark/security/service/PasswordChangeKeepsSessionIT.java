package org.waymark.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.waymark.KaribuTest;
import org.waymark.audit.service.AuditLog;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.PasswordResetRepository;

/**
 * The cause of the own-password browser journey's failure (issue 20): a password change ends the
 * account's sessions signed in before it, and the changing session goes on from the instant the
 * service answers. The clock gives nanoseconds, the database keeps microseconds (DATETIME(6)) and
 * H2 rounds: stored with its nanoseconds, the instant came back up to a microsecond later than the
 * one the session kept, so that very session was ended on its next request. Here the clock is
 * pinned to an instant whose nanoseconds round up; the kept session must stay valid and one
 * signed in a microsecond earlier must not.
 */
class PasswordChangeKeepsSessionIT extends KaribuTest {

    private static final String USER = "senco.optedout";
    private static final String NEW_PASSWORD = "quiet-orchard-lantern-47";

    @Autowired AppUserRepository users;
    @Autowired PasswordResetRepository resets;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired CurrentUser currentUser;
    @Autowired AuditLog auditLog;
    @Autowired SignInThrottle throttle;
    @Autowired JdbcClient jdbc;

    @Test
    void the_session_that_changed_the_password_stays_valid_whatever_the_clocks_nanoseconds() {
        Clock roundsUp = Clock.fixed(Instant.parse("2026-11-18T10:15:30.123456789Z"), ZoneOffset.UTC);
        PasswordService passwords = new PasswordService(users, resets, passwordEncoder, currentUser, auditLog,
                roundsUp, throttle, 24);
        String hashBefore = jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u").param("u", USER)
                .query(String.class).single();
        try {
            long userId = login(USER).scope().userId();
            Instant changedAt = passwords.changeOwn("waymark-demo", NEW_PASSWORD, NEW_PASSWORD);
            AppUser stored = users.findById(userId).orElseThrow();
            assertThat(stored.sessionValid(changedAt)).as("the session kept at the change goes on").isTrue();
            assertThat(stored.sessionValid(Instant.parse("2026-11-18T10:15:30.123455Z")))
                    .as("a session signed in a microsecond before the change ends").isFalse();
        } finally {
            jdbc.sql("UPDATE app_user SET password_hash = :h, sessions_valid_from = NULL WHERE username = :u")
                    .param("h", hashBefore).param("u", USER).update();
        }
    }
}
