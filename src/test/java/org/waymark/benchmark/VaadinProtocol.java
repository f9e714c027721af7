package org.waymark.benchmark;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vaadin Flow's client-server messages as the benchmarks' browser ({@link PortalBrowser}) and the
 * load test (src/load/java) send and read them, copied from a real Chromium session: what they
 * read from the answers (the UI's token, ids and push id from the bootstrap, the sync and client
 * ids from each UIDL answer, the grid updates to confirm) and the UIDL messages they send.
 */
public final class VaadinProtocol {

    public static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    public static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    public static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    public static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    public static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    public static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    /** A grid's data update the client confirms, as the web component's connector does: node, update id. */
    public static final Pattern GRID_CONFIRM =
            Pattern.compile("\\[\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"\\]");

    private VaadinProtocol() {
    }

    /** A UIDL request: the RPC invocations (JSON objects) with the UI's token and the ids to send. */
    public static String message(String csrfToken, List<String> rpc, int syncId, int clientId) {
        return "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[" + String.join(",", rpc) + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
    }

    /** Client-side navigation, as Flow's router sends it when a link or menu entry is followed. */
    public static String navigate(String route, String trigger) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"Waymark\",\"historyState\":{\"idx\":0},\"trigger\":\""
                + trigger + "\"}}";
    }

    /** A call of a published server method, as a web component's connector makes it. */
    public static String published(int node, String method, String args, int promise) {
        return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"" + method
                + "\",\"templateEventMethodArgs\":[" + args + "],\"promise\":" + promise + "}";
    }

    /** The first group of the pattern's first match. */
    public static Optional<String> first(Pattern pattern, String answer) {
        Matcher m = pattern.matcher(answer);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first group of the pattern's last match (the sync id comes last in an answer). */
    public static Optional<String> last(Pattern pattern, String answer) {
        Matcher m = pattern.matcher(answer);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return Optional.ofNullable(found);
    }
}
