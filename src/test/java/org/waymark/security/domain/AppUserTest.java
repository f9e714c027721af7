package org.waymark.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private static AppUser user() {
        return AppUser.create("senco", "{noop}x", "Sam", Set.of(Role.SCHOOL_SENCO), 1L, null, 10L);
    }

    @Test
    void locks_after_the_fifth_failure_in_a_row_and_unlocks_after_the_lock_time() {
        AppUser user = user();
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        }
        assertThat(user.isLockedAt(NOW)).isFalse();
        user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        assertThat(user.isLockedAt(NOW.plusSeconds(60))).isTrue();
        assertThat(user.isLockedAt(NOW.plus(Duration.ofMinutes(15)).plusSeconds(1))).isFalse();
    }

    @Test
    void a_success_resets_the_count() {
        AppUser user = user();
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        }
        user.recordSuccessfulLogin(NOW);
        user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        assertThat(user.isLockedAt(NOW)).isFalse();
        assertThat(user.getFailedLogins()).isEqualTo(1);
        assertThat(user.getLastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void a_user_needs_a_role() {
        assertThatThrownBy(() -> AppUser.create("x", "h", "X", Set.of(), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
