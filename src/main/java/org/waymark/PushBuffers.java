package org.waymark;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller buffers for the push connection's WebSocket: 2 KB instead of Tomcat's 8 KB
 * ({@code waymark.push.buffer-size}). Tomcat gives every open WebSocket an input buffer, message
 * buffers and output and encoding buffers of that size, about 80 KB a connection, held for as long
 * as the page is open — at 1,000 signed-in users a third of the heap their sessions held (issue 23,
 * docs/performance.md). The push connection only carries what the server sends unasked: the
 * browser sends its requests by ordinary HTTP (Vaadin's WebSocket-and-XHR transport), so nothing
 * large ever arrives on it, and a large message sent on it goes out in several writes instead of
 * one. Tomcat reads the size, as a system property, when it first opens its WebSocket support,
 * which is after web server factories are customised.
 */
@Component
class PushBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String TOMCAT_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    private final int size;

    PushBuffers(@Value("${waymark.push.buffer-size:2048}") int size) {
        if (size < 1024) {
            throw new IllegalArgumentException("waymark.push.buffer-size is at least 1024 bytes, not " + size);
        }
        this.size = size;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        System.setProperty(TOMCAT_BUFFER_SIZE, Integer.toString(size));
    }
}
