package org.waymark.security.service;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many password sign-ins a node takes on at once (issue 23 point 2). Each sign-in costs an
 * Argon2id check that waits its turn at the hash gate ({@code BoundedPasswordEncoder}) while it
 * holds a request thread. When more people sign in than the node can check, the queue grew until it
 * held every request thread, and the people already signed in waited behind it for their pages
 * (1,000 sign-ins in a minute on 2 cores: pages took 13–48 s). Past {@code places} sign-ins in
 * progress, a sign-in is turned away at once, before any account is read or hash is checked, and
 * the person is asked to try again in a moment ({@link SignInBusyException}); nothing is counted
 * against the account or the address. The places are taken without waiting and given back when
 * the sign-in's check ends, whatever its outcome.
 */
public final class SignInAdmission {

    private final Semaphore places;
    private final int size;
    private final AtomicLong turnedAway = new AtomicLong();

    /** {@code places} sign-ins at once; 0 or less means eight per available processor. */
    public SignInAdmission(int places) {
        this.size = places > 0 ? places : 8 * Runtime.getRuntime().availableProcessors();
        this.places = new Semaphore(size);
    }

    /** Takes a place, or answers false (and counts it) when all are taken. */
    public boolean tryEnter() {
        if (places.tryAcquire()) {
            return true;
        }
        turnedAway.incrementAndGet();
        return false;
    }

    /** Gives back a place taken by {@link #tryEnter()}. */
    public void leave() {
        places.release();
    }

    /** Sign-ins being checked or waiting for their check now (a gauge for operators). */
    public int inProgress() {
        return size - places.availablePermits();
    }

    /** Sign-ins turned away since the node started (a counter for operators). */
    public long turnedAway() {
        return turnedAway.get();
    }

    public int size() {
        return size;
    }
}
