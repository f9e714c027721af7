package org.waymark.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttling per source address (ASVS 6.3.1), beside the per-account lock: an address with too
 * many failed sign-ins in a window is refused until the window ends, whichever accounts it tried.
 * Kept in memory per node (a restart forgets it; behind several nodes each counts its own).
 */
@Component
public class SignInThrottle {

    /** At most this many addresses are remembered; expired windows are dropped first. */
    private static final int MAX_ADDRESSES = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock,
                   @Value("${waymark.security.address-max-failures:30}") int maxFailures,
                   @Value("${waymark.security.address-window-minutes:15}") int windowMinutes) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    private record Window(Instant start, int count) {
    }

    public void recordFailure(String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_ADDRESSES) {
            failures.values().removeIf(w -> !w.start().plus(window).isAfter(now));
        }
        failures.merge(address, new Window(now, 1), (old, one) -> old.start().plus(window).isAfter(now)
                ? new Window(old.start(), old.count() + 1) : one);
    }

    /** Whether sign-ins from this address are refused now. */
    public boolean blocked(String address) {
        Window w = failures.get(address);
        return w != null && w.count() >= maxFailures && w.start().plus(window).isAfter(clock.instant());
    }
}
