package org.waymark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.atmosphere.cpr.AtmosphereFramework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import jakarta.servlet.ServletContext;

/**
 * The push connection is opened without per-message compression even when the browser offers it,
 * and with 1 KB buffers, Tomcat's and Atmosphere's (issue 23: the compression's, Tomcat's and
 * Atmosphere's WebSocket buffers were most of a signed-in user's heap); it still opens. Pushes reaching the browser are shown by the meeting's
 * browser tests and {@code TwoNodeClusterIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-push;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.enabled=false"})
@ActiveProfiles("test")
class PushCompressionIT {

    @LocalServerPort int port;
    @Autowired ServletContext context;

    @Test
    void a_browser_offering_compression_gets_a_push_connection_without_it() throws Exception {
        List<String> answer = upgrade("permessage-deflate; client_max_window_bits");

        assertThat(answer.getFirst()).as("the WebSocket opens").contains(" 101 ");
        assertThat(answer).as("no extension agreed").noneMatch(h -> h.toLowerCase().startsWith("sec-websocket-extensions"));
    }

    @Test
    void the_push_connections_take_the_smaller_buffers() throws Exception {
        Class<?> tomcat = Class.forName("org.apache.tomcat.websocket.Constants");
        java.lang.reflect.Field size = tomcat.getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);
        assertThat(size.getInt(null)).as("Tomcat's WebSocket buffer size, read when its WebSocket support started")
                .isEqualTo(1024);
    }

    @Test
    void atmospheres_own_buffers_for_each_push_websocket_are_the_smaller_size_too() throws Exception {
        assertThat(upgrade("permessage-deflate").getFirst()).as("the WebSocket opens, so Vaadin's servlet has started")
                .contains(" 101 ");
        List<AtmosphereFramework> frameworks = Collections.list(context.getAttributeNames()).stream()
                .map(context::getAttribute).filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast).toList();
        assertThat(frameworks).as("Vaadin's Atmosphere frameworks").isNotEmpty();
        // Vaadin sets 16384: a 16 KB byte and a 32 KB character buffer for every open page
        assertThat(frameworks).allSatisfy(atmosphere -> assertThat(atmosphere.getAtmosphereConfig()
                .getInitParameter(PushBuffers.ATMOSPHERE_BUFFER_SIZE)).isEqualTo("1024"));
    }

    /** A browser's WebSocket handshake on Vaadin's push address; the status line and headers of the answer. */
    private List<String> upgrade(String extensions) throws Exception {
        String key = Base64.getEncoder().encodeToString("waymark-push-key".getBytes(StandardCharsets.US_ASCII));
        String request = "GET /VAADIN/push?v-r=push&v-uiId=0&v-pushId=none&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket&X-atmo-protocol=true HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Extensions: " + extensions + "\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
