package org.waymark.security;

import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most a fixed number of password hashes run at once (issue 23 point 2). An Argon2id hash at
 * OWASP's parameters takes 19 MiB and tens of milliseconds of one core; at 1,000 users signing in
 * within a minute on 2 cores, sixty ran at once, each slowed sixtyfold, with a gigabyte of hash
 * memory live, and every other request queued behind them for CPU, memory and the connection pool.
 * Hashes past the limit wait their turn in arrival order (a fair semaphore), so each takes its own
 * time and sign-ins are answered in the order they came. The check stays the same cost for every
 * account (DD012): the gate is taken for every match, known account or not.
 */
public final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    /** {@code concurrency} hashes at once; 0 or less means one per available processor. */
    public BoundedPasswordEncoder(PasswordEncoder delegate, int concurrency) {
        this.delegate = delegate;
        this.permits = new Semaphore(concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        acquire();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        acquire();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword); // reads the hash's prefix only
    }

    /** Hashes waiting for their turn now (a gauge for operators). */
    public int waiting() {
        return permits.getQueueLength();
    }

    private void acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to check a password", e);
        }
    }
}
