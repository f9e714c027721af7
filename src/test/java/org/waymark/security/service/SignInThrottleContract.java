package org.waymark.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DD012, issue 20 point 2: too many failures from one address pause sign-ins from it for the window,
 * whatever accounts it tried; the count lives in the database (V65), so two nodes count together and a
 * restarted node still refuses. Run on H2 ({@link SignInThrottleIT}) and MySQL/MariaDB ({@link SignInThrottleMySqlIT}).
 */
abstract class SignInThrottleContract {

    @Autowired JdbcTemplate template;
    private JdbcClient jdbc;

    @BeforeEach
    void client() {
        jdbc = JdbcClient.create(template);
    }

    private Instant now = Instant.parse("2026-11-18T10:00:00Z");
    private final java.time.Clock clock = new java.time.Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };

    private SignInThrottle node() {
        return new SignInThrottle(clock, jdbc, 3, 15);
    }

    /** An address of this test run alone (the database is shared by the contract's runs). */
    private static String address() {
        return "192.0.2." + (System.nanoTime() % 250) + "-" + System.nanoTime();
    }

    @Test
    void an_address_is_blocked_after_the_limit_until_the_window_ends_then_counts_afresh() {
        SignInThrottle throttle = node();
        String address = address();
        String other = address();
        throttle.recordFailure(address);
        throttle.recordFailure(address);
        assertThat(throttle.blocked(address)).isFalse();
        throttle.recordFailure(address);
        assertThat(throttle.blocked(address)).isTrue();
        assertThat(throttle.blocked(other)).isFalse();
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.blocked(address)).isFalse();
        // a failure after the window starts a new one: one failure, not four
        throttle.recordFailure(address);
        throttle.recordFailure(address);
        assertThat(throttle.blocked(address)).isFalse();
        throttle.recordFailure(address);
        assertThat(throttle.blocked(address)).isTrue();
    }

    @Test
    void two_nodes_count_the_same_failures_and_a_restarted_node_still_refuses() {
        String address = address();
        SignInThrottle nodeA = node();
        SignInThrottle nodeB = node();
        nodeA.recordFailure(address);
        nodeB.recordFailure(address);
        assertThat(nodeA.blocked(address)).isFalse();
        nodeA.recordFailure(address);
        assertThat(nodeB.blocked(address)).as("the other node sees the third failure").isTrue();
        assertThat(node().blocked(address)).as("a node started afresh").isTrue();
    }

    @Test
    void failures_from_many_threads_at_once_are_each_counted() throws Exception {
        String address = address();
        int threads = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                SignInThrottle node = node();
                runs.add(pool.submit(() -> {
                    start.await();
                    node.recordFailure(address);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT failures FROM sign_in_address_window WHERE address = :a").param("a", address)
                .query(Integer.class).single()).isEqualTo(threads);
    }

    @Test
    void rows_past_their_window_are_cleared_as_new_failures_arrive() {
        String old = address();
        node().recordFailure(old);
        now = now.plus(Duration.ofHours(1));
        node().recordFailure(address());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_address_window WHERE address = :a").param("a", old)
                .query(Integer.class).single()).isZero();
    }
}
