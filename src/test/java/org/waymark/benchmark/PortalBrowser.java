package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser over plain HTTP, for the benchmarks that need real sessions: signs in through the login
 * form with its CSRF token, bootstraps Vaadin's UI ({@code ?v-r=init}), follows menu entries as
 * Flow's client router does (UIDL with the UI's token, sync and client ids, grid updates
 * confirmed) and opens the UI's push connection. The same protocol as the Gatling load test
 * (src/load/java), in plain Java for in-JVM measurements.
 */
final class PortalBrowser {


    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private String csrf = "";
    private String uiId = "";
    private String pushId = "";
    private int syncId;
    private int clientId;
    private boolean productionMode;
    private double bootstrapMs;

    private PortalBrowser(int port) {
        this.port = port;
    }

    /** Signs in and bootstraps the user's home UI. */
    static PortalBrowser signIn(int port, String username) throws Exception {
        PortalBrowser browser = new PortalBrowser(port);
        browser.signIn(username);
        return browser;
    }

    private void signIn(String username) throws Exception {
        String login = client.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + enc(username) + "&password=" + enc("waymark-demo") + "&_csrf="
                + enc(find(VaadinProtocol.FORM_CSRF, login))
                // DD012: the authenticator code with the password (ignored for logins without two-step sign-in)
                + "&code=" + enc(org.waymark.DemoTotp.code());
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        long start = System.nanoTime();
        HttpResponse<String> init = client.send(HttpRequest.newBuilder(uri("/?v-r=init&location=&query=")).build(),
                HttpResponse.BodyHandlers.ofString());
        bootstrapMs = (System.nanoTime() - start) / 1_000_000.0;
        assertThat(init.statusCode()).isEqualTo(200);
        productionMode = init.body().contains("\"productionMode\":true");
        csrf = find(VaadinProtocol.SECURITY_KEY, init.body());
        pushId = find(VaadinProtocol.PUSH_ID, init.body());
        uiId = find(VaadinProtocol.UI_ID, init.body());
    }

    double bootstrapMs() {
        return bootstrapMs;
    }

    boolean productionMode() {
        return productionMode;
    }

    /**
     * Follows a menu entry to a route, then sends what the browser sends next (the grids'
     * confirmations of the rows they received). Flow keeps each UI's last answer to resend it
     * should the browser repeat a message, so stopping after the page's large answer would count
     * that answer as the page's memory. Returns the server's time for the page, in ms.
     */
    double navigate(String route) throws Exception {
        long start = System.nanoTime();
        String answer = uidl(List.of(VaadinProtocol.navigate(route, "client")));
        double ms = (System.nanoTime() - start) / 1_000_000.0;
        assertThat(answer).as("the page was built").contains("\"changes\"");
        List<String> confirms = new ArrayList<>();
        Matcher grid = VaadinProtocol.GRID_CONFIRM.matcher(answer);
        while (grid.find()) {
            confirms.add(VaadinProtocol.published(Integer.parseInt(grid.group(1)), "confirmUpdate", grid.group(2),
                    confirms.size()));
        }
        uidl(confirms);
        return ms;
    }

    private String uidl(List<String> rpc) throws Exception {
        String message = VaadinProtocol.message(csrf, rpc, syncId, clientId);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("appError").doesNotContain("resynchronize");
        syncId = Integer.parseInt(last(VaadinProtocol.SYNC_ID, answer.body()));
        clientId = Integer.parseInt(find(VaadinProtocol.CLIENT_ID, answer.body()));
        return answer.body();
    }

    /**
     * Opens the UI's push connection (Atmosphere over a WebSocket, as Flow's client does) and hands
     * every message the server pushes to the consumer.
     */
    WebSocket openPush(Consumer<String> onMessage) {
        String cookieHeader = cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        URI push = URI.create("ws://localhost:" + port + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId);
        return HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", cookieHeader)
                .buildAsync(push, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            onMessage.accept(partial.toString());
                            partial.setLength(0);
                        }
                        socket.request(1);
                        return null;
                    }
                }).join();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String body) {
        return VaadinProtocol.first(pattern, body).orElseThrow(() -> new AssertionError("answer lacks " + pattern));
    }

    private static String last(Pattern pattern, String body) {
        return VaadinProtocol.last(pattern, body).orElseThrow(() -> new AssertionError("answer lacks " + pattern));
    }
}
