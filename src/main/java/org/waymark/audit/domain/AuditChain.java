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
 * <p>
 * A row also names the child whose record it is about ({@code pupil_id}, V54), so that the data
 * protection officer's access log finds it by key. That id is covered too: where the row's subject
 * is the pupil ({@link #impliedPupil}) the id must equal it and adds nothing to the hash, so rows
 * sealed before V54 and given their id by it keep their hashes; any other row's id is hashed as
 * one more field after the others (a row without one encodes as before).
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
                       @Nullable String remoteAddress, @Nullable Long pupilId) {
    }

    /** The subject type of rows about a pupil, whose subject id is the pupil's id. */
    public static final String PUPIL = "PUPIL";

    private static final java.util.regex.Pattern PUPIL_ID = java.util.regex.Pattern.compile("[0-9]{1,18}");

    /**
     * The pupil a row's own subject names: its subject id when the subject is a {@link #PUPIL}
     * and the id is a number (1–18 digits, as V54's back-fill reads it); otherwise none.
     */
    public static @Nullable Long impliedPupil(String subjectType, @Nullable String subjectId) {
        if (PUPIL.equals(subjectType) && subjectId != null && PUPIL_ID.matcher(subjectId).matches()) {
            return Long.parseLong(subjectId);
        }
        return null;
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
        if (row.pupilId() != null && impliedPupil(row.subjectType(), row.subjectId()) == null) {
            field(content, String.valueOf(row.pupilId()));
        }
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
            Long implied = impliedPupil(row.subjectType(), row.subjectId());
            if (seq != expectedSeq) {
                firstBreak = new Break(expectedSeq, row.id(), "audit.chain.gap");
            } else if (implied != null && !implied.equals(row.pupilId())) {
                // the pupil's id is not hashed where the subject names it, so it must be that one
                firstBreak = new Break(seq, row.id(), "audit.chain.pupil");
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
