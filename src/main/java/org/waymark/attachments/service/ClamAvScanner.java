package org.waymark.attachments.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Optional virus scanning through ClamAV's daemon (DD013): when {@code waymark.clamav.host} (TCP,
 * with {@code waymark.clamav.port}, default 3310) or {@code waymark.clamav.socket} (a unix socket,
 * e.g. Debian's /run/clamav/clamd.ctl) is set, every uploaded file is sent with clamd's INSTREAM
 * command before it is kept. Off when neither is set. When it is on and clamd cannot be reached
 * the file is refused (fail closed): a configured scan that silently does nothing is worse than none.
 */
@Component
public class ClamAvScanner {

    /** What clamd said about one file. */
    public sealed interface Verdict {
        record Clean() implements Verdict { }

        record Infected(String signature) implements Verdict { }

        record Failed(String reason) implements Verdict { }
    }

    private static final int CHUNK = 64 * 1024;

    private final @Nullable String host;
    private final int port;
    private final @Nullable String socket;
    private final Duration timeout;

    ClamAvScanner(@Value("${waymark.clamav.host:}") String host, @Value("${waymark.clamav.port:3310}") int port,
                  @Value("${waymark.clamav.socket:}") String socket,
                  @Value("${waymark.clamav.timeout:PT30S}") Duration timeout) {
        this.host = host.isBlank() ? null : host.strip();
        this.port = port;
        this.socket = socket.isBlank() ? null : socket.strip();
        this.timeout = timeout;
    }

    public boolean enabled() {
        return host != null || socket != null;
    }

    /** Scans the bytes; {@link Verdict.Clean} at once when scanning is off. */
    public Verdict scan(byte[] bytes) {
        if (!enabled()) {
            return new Verdict.Clean();
        }
        try {
            String reply = socket != null ? overUnixSocket(Path.of(socket), bytes) : overTcp(bytes);
            return verdict(reply);
        } catch (IOException e) {
            return new Verdict.Failed("clamd unreachable: " + e.getMessage());
        }
    }

    static Verdict verdict(String reply) {
        String text = reply.replace("\0", "").strip();
        if (text.endsWith("OK") && !text.contains("ERROR")) {
            return new Verdict.Clean();
        }
        if (text.endsWith("FOUND")) {
            String body = text.substring(text.indexOf(':') + 1, text.length() - "FOUND".length()).strip();
            return new Verdict.Infected(body);
        }
        return new Verdict.Failed(text.isEmpty() ? "clamd gave no answer" : text);
    }

    private String overTcp(byte[] bytes) throws IOException {
        try (Socket s = new Socket()) {
            int millis = (int) timeout.toMillis();
            s.connect(new InetSocketAddress(host, port), millis);
            s.setSoTimeout(millis);
            return exchange(s.getInputStream(), s.getOutputStream(), bytes);
        }
    }

    private String overUnixSocket(Path path, byte[] bytes) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(path));
            return exchange(Channels.newInputStream(channel), Channels.newOutputStream(channel), bytes);
        }
    }

    /** clamd's INSTREAM: the command, then length-prefixed chunks, a zero length, and one reply. */
    static String exchange(InputStream in, OutputStream out, byte[] bytes) throws IOException {
        out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
        for (int offset = 0; offset < bytes.length; offset += CHUNK) {
            int length = Math.min(CHUNK, bytes.length - offset);
            out.write(ByteBuffer.allocate(4).putInt(length).array());
            out.write(bytes, offset, length);
        }
        out.write(new byte[4]);
        out.flush();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != 0 && reply.size() < 4096) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII);
    }
}
