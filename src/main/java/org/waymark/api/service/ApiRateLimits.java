package org.waymark.api.service;

import java.time.Duration;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

/**
 * Each client's calls a minute (DD018), counted by Resilience4j's rate limiter on this node: a
 * call over the client's limit is refused at once (never queued) with the seconds until the next
 * minute's calls are free. One limiter per client and limit, so a limit changed by the
 * administrator takes effect with the next call. With several nodes behind a load balancer each
 * counts its own calls (docs/api.md).
 */
@Component
public class ApiRateLimits {

    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final RateLimiterRegistry registry = RateLimiterRegistry.ofDefaults();

    /** Empty when the call may go on; else the whole seconds to wait (at least 1) before the next. */
    public OptionalLong refusal(long clientId, int requestsPerMinute) {
        RateLimiter limiter = registry.rateLimiter("api-client-" + clientId + "-" + requestsPerMinute,
                () -> RateLimiterConfig.custom().limitForPeriod(requestsPerMinute).limitRefreshPeriod(PERIOD)
                        .timeoutDuration(Duration.ZERO).build());
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait() : PERIOD.toNanos();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
}
