package org.waymark.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailRetryTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final MailRetry RETRY = new MailRetry(Duration.ofMinutes(5), Duration.ofHours(1), 5);

    @ParameterizedTest(name = "after {0} failed tries: next try {1}")
    @CsvSource(nullValues = "-", value = {
            // the wait doubles: 5, 10, 20, 40 minutes ...
            "1, 2026-11-18T10:05:00Z",
            "2, 2026-11-18T10:10:00Z",
            "3, 2026-11-18T10:20:00Z",
            "4, 2026-11-18T10:40:00Z",
            // the fifth failed try was the last: given up
            "5, -",
            "9, -",
    })
    void failed_tries_wait_twice_as_long_each_time_and_stop_at_the_maximum(int failedTries, @Nullable Instant next) {
        assertThat(RETRY.nextTry(failedTries, NOW)).isEqualTo(Optional.ofNullable(next));
    }

    @ParameterizedTest(name = "after {0} failed tries: waits {1}")
    @CsvSource({
            "1, PT5M",
            "4, PT40M",
            "5, PT1H",   // 80 minutes would be longer than the longest wait
            "9, PT1H",
    })
    void the_wait_never_exceeds_the_longest(int failedTries, Duration wait) {
        MailRetry many = new MailRetry(Duration.ofMinutes(5), Duration.ofHours(1), 20);
        assertThat(many.nextTry(failedTries, NOW)).contains(NOW.plus(wait));
    }

    @ParameterizedTest(name = "queued {0}: digest at {1}")
    @CsvSource({
            // in winter London is on UTC: 07:00 London is 07:00Z
            "2026-11-18T06:59:00Z, 2026-11-18T07:00:00Z",
            "2026-11-18T07:00:00Z, 2026-11-19T07:00:00Z",
            "2026-11-18T10:00:00Z, 2026-11-19T07:00:00Z",
            "2026-11-18T23:59:59Z, 2026-11-19T07:00:00Z",
            // in summer London is an hour ahead: 07:00 BST is 06:00Z
            "2026-06-10T05:30:00Z, 2026-06-10T06:00:00Z",
            "2026-06-10T06:30:00Z, 2026-06-11T06:00:00Z",
            // the clocks go forward on 29 March 2026: the digest follows London's time
            "2026-03-28T08:00:00Z, 2026-03-29T06:00:00Z",
    })
    void the_digest_goes_at_the_next_digest_time_in_london(Instant queued, Instant due) {
        assertThat(MailRetry.nextDigest(queued, LocalTime.of(7, 0), ZoneId.of("Europe/London"))).isEqualTo(due);
    }

    @Test
    void a_retry_needs_a_positive_first_wait_and_at_least_one_try() {
        assertThatThrownBy(() -> new MailRetry(Duration.ZERO, Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailRetry(Duration.ofHours(2), Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailRetry(Duration.ofMinutes(5), Duration.ofHours(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
