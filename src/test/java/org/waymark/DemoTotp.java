package org.waymark;

import java.time.Instant;

import org.waymark.demo.service.DemoDataLoader;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** The current authenticator code of the demo logins (their published demo secret), as an authenticator app shows it. */
public final class DemoTotp {

    private DemoTotp() {
    }

    public static String code() {
        return code(DemoDataLoader.DEMO_TOTP_SECRET, Instant.now());
    }

    public static String code(String secret, Instant at) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, Math.floorDiv(at.getEpochSecond(), 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
