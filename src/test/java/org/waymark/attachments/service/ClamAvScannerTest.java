package org.waymark.attachments.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The clamd client against a fake clamd on a local socket that speaks INSTREAM: it reassembles
 * the chunks it is sent and answers as clamd does (FOUND for the EICAR test string, OK otherwise).
 */
class ClamAvScannerTest {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private ServerSocket server;
    private final AtomicReference<byte[]> received = new AtomicReference<>();

    private int fakeClamd(String forcedReply) throws IOException {
        server = new ServerSocket(0);
        Thread thread = new Thread(() -> {
            try (Socket s = server.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                StringBuilder command = new StringBuilder();
                for (int b = in.read(); b != 0; b = in.read()) {
                    command.append((char) b);
                }
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                for (int length = in.readInt(); length > 0; length = in.readInt()) {
                    data.write(in.readNBytes(length));
                }
                received.set(data.toByteArray());
                String content = data.toString(StandardCharsets.US_ASCII);
                String reply = !command.toString().equals("zINSTREAM") ? "UNKNOWN COMMAND"
                        : forcedReply != null ? forcedReply
                        : content.contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE") ? "stream: Eicar-Test-Signature FOUND"
                        : "stream: OK";
                s.getOutputStream().write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException ignored) {
                // the test fails on the missing answer
            }
        });
        thread.setDaemon(true);
        thread.start();
        return server.getLocalPort();
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static ClamAvScanner scanner(int port) {
        return new ClamAvScanner("127.0.0.1", port, "", Duration.ofSeconds(5));
    }

    @Test
    void a_clean_file_larger_than_one_chunk_arrives_whole_and_passes() throws IOException {
        byte[] file = new byte[200_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) i;
        }
        assertThat(scanner(fakeClamd(null)).scan(file)).isInstanceOf(ClamAvScanner.Verdict.Clean.class);
        assertThat(received.get()).isEqualTo(file);
    }

    @Test
    void the_eicar_test_string_is_found() throws IOException {
        assertThat(scanner(fakeClamd(null)).scan(EICAR.getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(new ClamAvScanner.Verdict.Infected("Eicar-Test-Signature"));
    }

    @Test
    void an_error_reply_or_an_unreachable_daemon_fails_closed_and_no_configuration_means_off() throws IOException {
        assertThat(scanner(fakeClamd("INSTREAM size limit exceeded. ERROR")).scan(new byte[] {1}))
                .isInstanceOf(ClamAvScanner.Verdict.Failed.class);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThat(scanner(closedPort).scan(new byte[] {1})).isInstanceOf(ClamAvScanner.Verdict.Failed.class);
        ClamAvScanner off = new ClamAvScanner("", 3310, "", Duration.ofSeconds(1));
        assertThat(off.enabled()).isFalse();
        assertThat(off.scan(EICAR.getBytes(StandardCharsets.US_ASCII))).isInstanceOf(ClamAvScanner.Verdict.Clean.class);
    }
}
