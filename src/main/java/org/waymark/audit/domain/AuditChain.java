package org.waymark.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The hash chain over the audit trail (DD013). Each sealed row carries its place in the chain,
 * the hash of the row before it and its own hash, SHA-256 of the previous hash followed by the
 * row's content (each field length-prefixed, so no two different rows encode alike). Changing,
 * removing or inserting a row anywhere breaks the link after it; {@link Verifier} finds the first.
 */
public final class AuditChain {

    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** One sealed (or still unsealed) audit row as stored. */
    public record Link(long id, @Nullable Long seq, @Nullable String prevHash, @Nullable String rowHash,
                       String occurredAt, String actor, String action, String subjectType,
                       @Nullable String subjectId, String outcome, @Nullable String detail,
                       @Nullable String remoteAddress) {
    }

    /** SHA-256 (hex) of the previous hash and the row's content. */
    public static String hash(String previousHash, Link row) {
        StringBuilder content = new StringBuilder(previousHash);
        field(content, String.valueOf(row.id()));
        field(content, row.occurredAt());
        field(content, row.actor());
        field(content, row.action());
        field(content, row.subjectType());
        field(content, row.subjectId());
        field(content, row.outcome());
        field(content, row.detail());
        field(content, row.remoteAddress());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("|-");
        } else {
            out.append('|').append(value.length()).append(':').append(value);
        }
    }

    /** Where the chain first breaks, and why. */
    public record Break(long seq, long id, String reason) {
    }

    /** Walks sealed rows in chain order and remembers the first broken link. */
    public static final class Verifier {
        private String previousHash = GENESIS;
        private long expectedSeq = 1;
        private long checked;
        private @Nullable Break firstBreak;

        /** Feeds the next row in chain order; returns false once the chain is broken. */
        public boolean accept(Link row) {
            if (firstBreak != null) {
                return false;
            }
            long seq = row.seq() == null ? -1 : row.seq();
            if (seq != expectedSeq) {
                firstBreak = new Break(expectedSeq, row.id(), "audit.chain.gap");
            } else if (!previousHash.equals(row.prevHash())) {
                firstBreak = new Break(seq, row.id(), "audit.chain.previous");
            } else if (!hash(previousHash, row).equals(row.rowHash())) {
                firstBreak = new Break(seq, row.id(), "audit.chain.content");
            } else {
                previousHash = row.rowHash();
                expectedSeq++;
                checked++;
                return true;
            }
            return false;
        }

        /** After the last row: the chain's recorded end must be the last row checked. */
        public void end(long headSeq, String headHash) {
            if (firstBreak == null && (headSeq != expectedSeq - 1 || !headHash.equals(previousHash))) {
                firstBreak = new Break(expectedSeq, 0, "audit.chain.end");
            }
        }

        public long checked() {
            return checked;
        }

        public Optional<Break> firstBreak() {
            return Optional.ofNullable(firstBreak);
        }
    }
}
