package org.waymark.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a mail is tried again and when the daily digest goes. A failed try waits {@code first},
 * then twice as long after each further failure (never longer than {@code longest}); after
 * {@code maxAttempts} failed tries the mail is given up and recorded as failed.
 */
public record MailRetry(Duration first, Duration longest, int maxAttempts) {

    public MailRetry {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry: first > 0, longest >= first, at least one try");
        }
    }

    /** After {@code failedTries} failed tries (counting the one just made), when to try again; empty to give up. */
    public Optional<Instant> nextTry(int failedTries, Instant now) {
        if (failedTries >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < failedTries && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(now.plus(wait.compareTo(longest) > 0 ? longest : wait));
    }

    /** The next digest after {@code now}: today at {@code at} (in the zone) if that is still to come, else tomorrow's. */
    public static Instant nextDigest(Instant now, LocalTime at, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(at).atZone(zone);
        return (today.isAfter(local) ? today : local.toLocalDate().plusDays(1).atTime(at).atZone(zone)).toInstant();
    }
}
