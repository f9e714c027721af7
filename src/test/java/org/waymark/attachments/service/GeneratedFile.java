package org.waymark.attachments.service;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Test content made as it is read, so a file larger than the test's heap budget (or the database
 * server's packet limit) is never held whole: a seeded stream of bytes and its checksum, and a
 * sink that only counts and digests what it is given.
 */
final class GeneratedFile {

    private GeneratedFile() {
    }

    static InputStream of(long size, long seed) {
        return new InputStream() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private long left = size;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return random.nextInt(256);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) random.nextInt(256);
                }
                left -= n;
                return n;
            }
        };
    }

    static String sha256(long size, long seed) {
        Sink sink = new Sink();
        try (InputStream in = of(size, seed)) {
            in.transferTo(sink);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sink.sha256();
    }

    /** Counts and digests what is written to it. */
    static final class Sink extends OutputStream {
        private final MessageDigest digest = DatabaseFileStore.sha256();
        private long count;

        @Override
        public void write(int b) {
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
