package org.waymark.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** DD012: too many failures from one address pause sign-ins from it for the window, whatever accounts it tried. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-18T10:00:00Z");
    private final java.time.Clock clock = new java.time.Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final SignInThrottle throttle = new SignInThrottle(clock, 3, 15);

    @Test
    void an_address_is_blocked_after_the_limit_until_the_window_ends() {
        throttle.recordFailure("192.0.2.1");
        throttle.recordFailure("192.0.2.1");
        assertThat(throttle.blocked("192.0.2.1")).isFalse();
        throttle.recordFailure("192.0.2.1");
        assertThat(throttle.blocked("192.0.2.1")).isTrue();
        assertThat(throttle.blocked("192.0.2.2")).isFalse();
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.blocked("192.0.2.1")).isFalse();
    }
}
