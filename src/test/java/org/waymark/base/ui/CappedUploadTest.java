package org.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server-side cap on uploads: a file over the cap is refused without reading the rest of the
 * body and leaves no file behind; one that claims to be over it is refused before any byte is read.
 */
class CappedUploadTest {

    @TempDir Path dir;

    /** An endless stream that counts what was taken from it. */
    static final class Endless extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
        }
    }

    @Test
    void an_oversized_body_is_cut_off_at_the_cap_and_nothing_is_kept() throws IOException {
        Endless body = new Endless();
        Optional<Path> kept = CappedUpload.streamToTempFile(body, -1, 1024 * 1024, dir);
        assertThat(kept).isEmpty();
        assertThat(body.served).isEqualTo(1024 * 1024 + 1);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_declared_size_over_the_cap_is_refused_before_reading() throws IOException {
        Endless body = new Endless();
        assertThat(CappedUpload.streamToTempFile(body, 2 * 1024 * 1024, 1024 * 1024, dir)).isEmpty();
        assertThat(body.served).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_file_at_the_cap_is_kept_whole() throws IOException {
        byte[] bytes = new byte[1024 * 1024];
        bytes[bytes.length - 1] = 7;
        Path kept = CappedUpload.streamToTempFile(new ByteArrayInputStream(bytes), bytes.length, bytes.length, dir)
                .orElseThrow();
        assertThat(Files.readAllBytes(kept)).isEqualTo(bytes);
        CappedUpload handler = new CappedUpload(bytes.length, (n, b) -> { }, (n, m) -> { }, dir);
        assertThat(handler.getFileSizeMax()).isEqualTo(bytes.length);
        assertThat(handler.getRequestSizeMax()).isGreaterThan(bytes.length).isLessThan(2L * bytes.length);
    }
}
