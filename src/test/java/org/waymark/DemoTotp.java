package org.waymark;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.waymark.demo.service.DemoDataLoader;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * Authenticator codes of the demo logins (their published demo secret), as an authenticator app
 * shows them. The portal accepts a code once per account (DD012: a code of a time step at or before
 * the last accepted one is refused), so tests that sign in take {@link #next(String)}: a code of a
 * step this JVM has not yet given for that login — the current step or the next (the portal accepts
 * one step either side), waiting for the clock when both are taken.
 */
public final class DemoTotp {

    private static final int PERIOD = 30;
    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private DemoTotp() {
    }

    /**
     * The code of the current step: for a portal that accepts repeats (the load test's demo start,
     * waymark.security.totp-accept-repeats) or for checking that one is refused.
     */
    public static String code() {
        return code(DemoDataLoader.DEMO_TOTP_SECRET, Instant.now());
    }

    public static String code(String secret, Instant at) {
        return codeOfStep(secret, Math.floorDiv(at.getEpochSecond(), PERIOD));
    }

    /** A code for this demo login that the portal has not accepted before (waits up to one period for one). */
    public static synchronized String next(String username) {
        while (true) {
            long now = Math.floorDiv(Instant.now().getEpochSecond(), PERIOD);
            long step = Math.max(now, LAST_STEP.getOrDefault(username, Long.MIN_VALUE + 1) + 1);
            if (step <= now + 1) {
                LAST_STEP.put(username, step);
                return codeOfStep(DemoDataLoader.DEMO_TOTP_SECRET, step);
            }
            try {
                Thread.sleep((now + 1) * PERIOD * 1000 - System.currentTimeMillis() + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String codeOfStep(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
