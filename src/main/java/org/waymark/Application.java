package org.waymark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
// @Retryable on event listeners (sign-in bookkeeping under concurrent sign-ins of one account)
@org.springframework.resilience.annotation.EnableResilientMethods
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /**
     * One clock for the whole portal, so rules that depend on "today" can be tested at any date.
     * With {@code waymark.clock.start} (an instant, e.g. {@code 2026-11-18T10:00:00Z}) the clock
     * starts at that instant when the application starts and keeps ticking from there: dates are
     * pinned, yet every moment is still later than the one before.
     */
    @Bean
    Clock clock(@Value("${waymark.clock.start:}") String start) {
        return startingAt(Clock.system(org.waymark.base.domain.Dates.ZONE), start);
    }

    /** The system clock, or (for a non-blank {@code start}) that clock moved to start at the instant given. */
    static Clock startingAt(Clock system, String start) {
        if (start.isBlank()) {
            return system;
        }
        Instant from;
        try {
            from = Instant.parse(start.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("waymark.clock.start must be an instant such as 2026-11-18T10:00:00Z,"
                    + " not '" + start + "'", e);
        }
        return Clock.offset(system, Duration.between(system.instant(), from));
    }
}
