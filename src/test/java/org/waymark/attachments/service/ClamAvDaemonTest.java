package org.waymark.attachments.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Against a real clamd when one is reachable (Debian's clamav-daemon: unix socket
 * /run/clamav/clamd.ctl, or TCP from WAYMARK_TEST_CLAMD_HOST/PORT): the EICAR test string is found
 * and a plain file passes. Skipped, saying why, when no clamd answers.
 */
class ClamAvDaemonTest {

    private static ClamAvScanner reachable() {
        String host = System.getenv("WAYMARK_TEST_CLAMD_HOST");
        if (host != null && !host.isBlank()) {
            int port = Integer.parseInt(System.getenv().getOrDefault("WAYMARK_TEST_CLAMD_PORT", "3310"));
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 2000);
                return new ClamAvScanner(host, port, "", Duration.ofSeconds(30));
            } catch (IOException e) {
                Assumptions.abort("clamd at " + host + ":" + port + " does not answer: " + e.getMessage());
            }
        }
        for (String socket : new String[] {"/run/clamav/clamd.ctl", "/var/run/clamav/clamd.ctl"}) {
            if (Files.exists(Path.of(socket))) {
                return new ClamAvScanner("", 3310, socket, Duration.ofSeconds(30));
            }
        }
        Assumptions.abort("no clamd reachable: install and start clamav-daemon (with signatures from freshclam)"
                + " or set WAYMARK_TEST_CLAMD_HOST");
        throw new IllegalStateException("unreachable");
    }

    @Test
    void a_real_clamd_finds_the_eicar_test_string_and_passes_a_plain_file() {
        ClamAvScanner scanner = reachable();
        assertThat(scanner.scan(ClamAvScannerTest.EICAR.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(ClamAvScanner.Verdict.Infected.class);
        assertThat(scanner.scan("a plain letter".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(ClamAvScanner.Verdict.Clean.class);
    }
}
