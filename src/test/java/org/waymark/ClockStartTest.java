package org.waymark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ClockStartTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void without_a_start_the_system_clock_is_used() {
        Clock system = Clock.fixed(Instant.parse("2030-01-02T03:04:05Z"), LONDON);
        assertThat(Application.startingAt(system, "")).isSameAs(system);
        assertThat(Application.startingAt(system, "  ")).isSameAs(system);
    }

    @Test
    void a_start_pins_the_date_and_the_clock_keeps_ticking() {
        Clock system = Clock.system(LONDON);
        Clock clock = Application.startingAt(system, "2026-11-18T10:00:00Z");
        Instant first = clock.instant();
        assertThat(Duration.between(Instant.parse("2026-11-18T10:00:00Z"), first)).isBetween(Duration.ZERO,
                Duration.ofMinutes(1));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(clock.getZone()).isEqualTo(LONDON);
        // it moves on with the system clock underneath
        MovingClock underneath = new MovingClock(Instant.parse("2030-01-01T00:00:00Z"));
        Clock moved = Application.startingAt(underneath, "2026-11-18T10:00:00Z");
        assertThat(moved.instant()).isEqualTo(Instant.parse("2026-11-18T10:00:00Z"));
        underneath.now = underneath.now.plusSeconds(90);
        assertThat(moved.instant()).isEqualTo(Instant.parse("2026-11-18T10:01:30Z"));
    }

    /** A system clock stand-in that the test moves on by hand. */
    private static final class MovingClock extends Clock {

        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return LONDON;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void a_start_that_is_not_an_instant_is_refused_with_the_property_named() {
        assertThatThrownBy(() -> Application.startingAt(Clock.systemUTC(), "18/11/2026"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waymark.clock.start")
                .hasMessageContaining("18/11/2026");
    }
}
