package org.waymark.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.Role;

/** Failed sign-ins are audited and lock the account; passwords are hashed with Argon2. */
@SpringBootTest
@ActiveProfiles("test")
class AccountLockIT {

    @Autowired AccountService accounts;
    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;

    @Test
    void five_failures_lock_the_account_and_every_attempt_is_audited() {
        String name = "lock-" + System.nanoTime();
        users.save(AppUser.create(name, passwordEncoder.encode("secret-1"), "Lock Test", Set.of(Role.CASEWORKER),
                null, null, null));
        for (int i = 0; i < 4; i++) {
            accounts.recordFailedLogin(name, "192.0.2.7", "BadCredentialsException");
        }
        assertThat(accounts.loadUserByUsername(name).isAccountNonLocked()).isTrue();
        accounts.recordFailedLogin(name, "192.0.2.7", "BadCredentialsException");
        assertThat(accounts.loadUserByUsername(name).isAccountNonLocked()).isFalse();
        assertThat(count(name, "LOGIN", "DENIED")).isEqualTo(5);
        assertThat(count(name, "ACCOUNT_LOCKED", "DENIED")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT remote_address FROM audit_event WHERE actor = :a AND action = 'LOGIN' LIMIT 1")
                .param("a", name).query(String.class).single()).isEqualTo("192.0.2.7");
    }

    @Test
    void a_success_is_audited_and_resets_the_count() {
        String name = "ok-" + System.nanoTime();
        users.save(AppUser.create(name, passwordEncoder.encode("secret-1"), "Ok Test", Set.of(Role.CASEWORKER),
                null, null, null));
        accounts.recordFailedLogin(name, "192.0.2.8", "BadCredentialsException");
        accounts.recordSuccessfulLogin(name, "192.0.2.8");
        assertThat(users.findByUsername(name).orElseThrow().getFailedLogins()).isZero();
        assertThat(count(name, "LOGIN", "ALLOWED")).isEqualTo(1);
    }

    /** Found by the load test: two browsers signing in to one account at once failed one sign-in. */
    @Test
    void concurrent_sign_ins_of_one_account_all_count() throws Exception {
        String name = "busy-" + System.nanoTime();
        users.save(AppUser.create(name, passwordEncoder.encode("secret-1"), "Busy Test", Set.of(Role.CASEWORKER),
                null, null, null));
        Authentication attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong");
        ((UsernamePasswordAuthenticationToken) attempt).setDetails(new WebAuthenticationDetails("192.0.2.9", null));
        at_once(8, () -> events.publishEvent(new AuthenticationSuccessEvent(attempt)));
        assertThat(count(name, "LOGIN", "ALLOWED")).isEqualTo(8);

        at_once(5, () -> events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
                new BadCredentialsException("wrong password"))));
        assertThat(count(name, "LOGIN", "DENIED")).isEqualTo(5);
        // no failure lost to a concurrent update: five in a row lock the account, once
        assertThat(accounts.loadUserByUsername(name).isAccountNonLocked()).isFalse();
        assertThat(count(name, "ACCOUNT_LOCKED", "DENIED")).isEqualTo(1);
    }

    private static void at_once(int threads, Runnable signIn) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    signIn.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get(); // rethrows a failed sign-in
            }
        }
    }

    @Test
    void passwords_are_stored_as_argon2_hashes() {
        String hash = users.findByUsername("senco").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{argon2}$argon2id$");
        assertThat(passwordEncoder.matches("waymark-demo", hash)).isTrue();
    }

    private long count(String actor, String action, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = :b AND outcome = :o")
                .param("a", actor).param("b", action).param("o", outcome).query(Long.class).single();
    }
}
