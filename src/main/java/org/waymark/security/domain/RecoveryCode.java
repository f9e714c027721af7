package org.waymark.security.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One one-time recovery code of a two-step credential, kept as a password hash. */
public record RecoveryCode(String codeHash, @Nullable Instant usedAt) {

    public boolean unused() {
        return usedAt == null;
    }
}
