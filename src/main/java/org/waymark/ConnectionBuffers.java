package org.waymark;

import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller buffers for every open HTTP connection, and a bounded cache of them (issue 23,
 * docs/performance.md, DD024). Tomcat gives each connection it holds open, a keep-alive HTTP
 * connection between a person's clicks as much as a page's push WebSocket, a read buffer and a write
 * buffer of 8 KB each, and keeps the buffers of closed connections for the next ones in a cache
 * of up to a thirty-second of the heap (64 MB at a 2 GB heap). At 1,000 signed-in users, with two
 * connections each, the open connections' buffers alone came to about 32 KB a user.
 * <p>
 * The portal's requests and answers are small (a page update is a few hundred bytes to a few
 * kilobytes, compressed), and Tomcat writes an answer larger than the write buffer straight to the
 * socket, so buffers of {@code waymark.http.socket-buffer-size} (2 KB) cost little (Tomcat's socket
 * reads and writes were 0.2 % of a 1,000-user run's CPU samples with 4 KB); an
 * upload is read in more, smaller reads, and headers up to Tomcat's 8 KB limit are still read (its
 * header buffer is separate). The cache keeps at most {@code waymark.http.buffer-cache}
 * (4 MB) of closed connections' buffers.
 */
@Component
class ConnectionBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int size;
    private final long cache;

    ConnectionBuffers(@Value("${waymark.http.socket-buffer-size:2048}") int size,
            @Value("${waymark.http.buffer-cache:4194304}") long cache) {
        if (size < 1024) {
            throw new IllegalArgumentException("waymark.http.socket-buffer-size is at least 1024 bytes, not " + size);
        }
        if (cache < 0 || cache > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("waymark.http.buffer-cache is 0 to 2 GB in bytes, not " + cache);
        }
        this.size = size;
        this.cache = cache;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            set(connector, "socket.appReadBufSize", size);
            set(connector, "socket.appWriteBufSize", size);
            set(connector, "socket.bufferPoolSize", cache);
        });
    }

    private static void set(Connector connector, String name, long value) {
        if (!connector.setProperty(name, Long.toString(value))) {
            throw new IllegalStateException("Tomcat's connector has no property " + name);
        }
    }
}
