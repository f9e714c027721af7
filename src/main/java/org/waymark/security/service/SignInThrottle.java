package org.waymark.security.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttling per source address (ASVS 6.3.1), beside the per-account lock: an address with too
 * many failed sign-ins in a window is refused until the window ends, whichever accounts it tried.
 * Kept in the database (V65, one row per address), so every node behind the load balancer counts the
 * same failures and a restart forgets nothing. A failure is one conditional update (a window past
 * its end starts again), or an insert for a new address; a check is one read by primary key. Rows
 * whose window has ended are deleted now and then as failures arrive.
 */
@Component
public class SignInThrottle {

    /** Expired rows are cleared at most this often (per node). */
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

    private final Clock clock;
    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration window;
    private final AtomicLong lastSweep = new AtomicLong();

    SignInThrottle(Clock clock, JdbcClient jdbc,
                   @Value("${waymark.security.address-max-failures:30}") int maxFailures,
                   @Value("${waymark.security.address-window-minutes:15}") int windowMinutes) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    public void recordFailure(String address) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp windowStartedAfter = Timestamp.from(now.minus(window));
        sweep(now, windowStartedAfter);
        for (int attempt = 0; attempt < 3; attempt++) {
            int counted = jdbc.sql("""
                    UPDATE sign_in_address_window
                       SET failures = CASE WHEN window_start > :after THEN failures + 1 ELSE 1 END,
                           window_start = CASE WHEN window_start > :after THEN window_start ELSE :now END
                     WHERE address = :address""")
                    .param("after", windowStartedAfter).param("now", at).param("address", address).update();
            if (counted > 0) {
                return;
            }
            try {
                jdbc.sql("INSERT INTO sign_in_address_window (address, window_start, failures) VALUES (:address, :now, 1)")
                        .param("address", address).param("now", at).update();
                return;
            } catch (DuplicateKeyException raced) {
                // another node or thread inserted it first: count on its row
            }
        }
    }

    /** Whether sign-ins from this address are refused now. */
    public boolean blocked(String address) {
        Timestamp windowStartedAfter = Timestamp.from(clock.instant().minus(window));
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_address_window WHERE address = :address"
                        + " AND window_start > :after AND failures >= :max")
                .param("address", address).param("after", windowStartedAfter).param("max", maxFailures)
                .query(Integer.class).single() > 0;
    }

    private void sweep(Instant now, Timestamp windowStartedAfter) {
        long last = lastSweep.get();
        if (now.toEpochMilli() - last >= SWEEP_EVERY.toMillis() && lastSweep.compareAndSet(last, now.toEpochMilli())) {
            jdbc.sql("DELETE FROM sign_in_address_window WHERE window_start <= :after")
                    .param("after", windowStartedAfter).update();
        }
    }
}
