package org.waymark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.net.AbstractEndpoint;
import org.apache.tomcat.util.net.SocketProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every HTTP connection gets 2 KB read and write buffers instead of Tomcat's 8 KB, and the cache of
 * closed connections' buffers is bounded (issue 23: at 1,000 users the open connections' buffers
 * were about 32 KB a user). Requests and answers larger than the buffers still pass whole. The same
 * context as {@link PushCompressionIT}, so Spring starts it once for both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-push;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.enabled=false"})
@ActiveProfiles("test")
class ConnectionBuffersIT {

    @LocalServerPort int port;
    @Autowired ServletWebServerApplicationContext context;

    @Test
    void the_connector_takes_the_smaller_buffers_and_a_bounded_cache() throws Exception {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        // the endpoint's own settings, which it sizes every connection's buffers and its cache from
        Method endpoint = AbstractProtocol.class.getDeclaredMethod("getEndpoint");
        endpoint.setAccessible(true);
        SocketProperties socket = ((AbstractEndpoint<?, ?>) endpoint.invoke(connector.getProtocolHandler()))
                .getSocketProperties();

        assertThat(socket.getAppReadBufSize()).isEqualTo(2048);
        assertThat(socket.getAppWriteBufSize()).isEqualTo(2048);
        assertThat(socket.getBufferPoolSize()).as("4 MB of closed connections' buffers, not 1/32 of the heap")
                .isEqualTo(4_194_304);
        assertThat(socket.getActualBufferPool(0)).as("so about 1,000 closed connections' buffers are kept")
                .isEqualTo(1024);
    }

    @Test
    void a_request_whose_headers_are_larger_than_the_read_buffer_is_still_read() throws Exception {
        // a browser with many cookies: 7 KB of headers, inside Tomcat's 8 KB header limit
        String cookie = "a=" + "x".repeat(7_000);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /actuator/health/liveness HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: " + cookie
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).contains(" 200 ");
        }
    }

    @Test
    void an_answer_larger_than_the_write_buffer_arrives_whole() throws Exception {
        // the sign-in page, about 6 KB, uncompressed: this client asks for no compression
        HttpResponse<byte[]> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().length).as("an answer of more than one write buffer")
                .isGreaterThan(2048);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("</html>");
    }

    @Test
    void buffers_below_a_kilobyte_or_a_cache_beyond_an_int_are_refused() {
        assertThatThrownBy(() -> new ConnectionBuffers(512, 0)).hasMessageContaining("at least 1024");
        assertThatThrownBy(() -> new ConnectionBuffers(4096, -1)).hasMessageContaining("waymark.http.buffer-cache");
        assertThatThrownBy(() -> new ConnectionBuffers(4096, 1L << 32)).hasMessageContaining("waymark.http.buffer-cache");
    }
}
