package org.waymark.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.waymark.benchmark.VaadinProtocol;

import io.gatling.javaapi.core.Session;

/**
 * The parts of Vaadin Flow's client-server protocol (UIDL over XHR) that a browser uses on the
 * journeys, as captured from a real Chromium session: every request carries the UI's CSRF token
 * ({@code Vaadin-Security-Key} from the bootstrap), the last server sync id seen and the client's
 * own message counter; the answer gives the next ones. Elements are addressed by their state
 * node id, which the answers announce together with the element's {@code id} attribute.
 */
final class Uidl {

    static final String CSRF = "csrf";
    static final String UI_ID = "uiId";
    static final String PUSH_ID = "pushId";
    static final String SYNC_ID = "syncId";
    static final String CLIENT_ID = "clientId";
    static final String PROMISE = "promise";
    static final String NODES = "nodes";
    static final String LINKS = "links";
    static final String CONFIRMS = "confirms";
    static final String BODY = "uidlBody";
    /** Whether the page shown asks for a push connection (DD027: only the meeting pages do). */
    static final String PUSH_WANTED = "pushWanted";
    /** Whether this virtual browser has its push connection open. */
    static final String PUSH_OPEN = "pushOpen";

    private static final Pattern ELEMENT_ID =
            Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"([^\"]+)\"\\}");
    private static final Pattern HREF = Pattern.compile("\"key\":\"href\",\"feat\":3,\"value\":\"([^\"]+)\"");
    /** A link inside a part written as markup (DD025, DD026): its HTML is one property, its quotes escaped. */
    private static final Pattern MARKUP_HREF = Pattern.compile("href=\\\\\"([^\"\\\\]+)\\\\\"");
    /** The UI's push mode, set when a page that needs push is shown or left (DD027). */
    private static final Pattern PUSH_MODE = Pattern.compile("\"key\":\"pushMode\",\"feat\":\\d+,\"value\":\"(\\w+)\"");
    private Uidl() {
    }

    /** Reads the bootstrap answer ({@code ?v-r=init}): the UI, its token and push id, sync id 0. */
    static Session bootstrapped(Session session) {
        String body = session.getString(BODY);
        return absorbChanges(session
                .set(CSRF, first(VaadinProtocol.SECURITY_KEY, body))
                .set(PUSH_ID, first(VaadinProtocol.PUSH_ID, body))
                .set(UI_ID, Integer.parseInt(first(VaadinProtocol.UI_ID, body)))
                .set(SYNC_ID, 0)
                .set(CLIENT_ID, 0)
                .set(PROMISE, 0)
                .set(NODES, new HashMap<String, Integer>())
                .set(PUSH_WANTED, false)
                .set(PUSH_OPEN, false), body);
    }

    /** Reads a UIDL answer: the next sync and client ids, new element ids, links, grid confirms. */
    static Session answered(Session session) {
        String body = session.getString(BODY);
        Session next = session
                .set(SYNC_ID, Integer.parseInt(last(VaadinProtocol.SYNC_ID, body)))
                .set(CLIENT_ID, Integer.parseInt(first(VaadinProtocol.CLIENT_ID, body)));
        return absorbChanges(next, body);
    }

    private static Session absorbChanges(Session session, String body) {
        Map<String, Integer> nodes = new HashMap<>(session.<Map<String, Integer>>get(NODES));
        Matcher ids = ELEMENT_ID.matcher(body);
        while (ids.find()) {
            nodes.put(ids.group(2), Integer.valueOf(ids.group(1)));
        }
        List<String> links = new ArrayList<>();
        for (Pattern href : List.of(HREF, MARKUP_HREF)) {
            Matcher hrefs = href.matcher(body);
            while (hrefs.find()) {
                links.add(hrefs.group(1));
            }
        }
        List<String> confirms = new ArrayList<>();
        Matcher grid = VaadinProtocol.GRID_CONFIRM.matcher(body);
        int promise = session.getInt(PROMISE);
        while (grid.find()) {
            confirms.add(VaadinProtocol.published(Integer.parseInt(grid.group(1)), "confirmUpdate", grid.group(2),
                    promise++));
        }
        Session next = session.set(NODES, nodes).set(CONFIRMS, confirms).set(PROMISE, promise);
        Matcher push = PUSH_MODE.matcher(body);
        while (push.find()) {
            next = next.set(PUSH_WANTED, !"DISABLED".equals(push.group(1)));
        }
        return links.isEmpty() ? next : next.set(LINKS, links);
    }

    /** The request body for the given RPC invocations (JSON objects), with the session's ids. */
    static String message(Session session, List<String> rpc) {
        return VaadinProtocol.message(session.getString(CSRF), rpc, session.getInt(SYNC_ID), session.getInt(CLIENT_ID));
    }

    /** Typing into a text field whose value is sent on input (lazy/eager value change mode). */
    static List<String> type(int node, String value) {
        return List.of(
                "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                        + value + "\"}",
                "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"input\",\"data\":{\"1\":1,\"for\":\"trailing\"}}");
    }

    /** A mouse click on a button, with the event data Flow's ClickEvent reads. */
    static String click(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":10,"
                + "\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":10,"
                + "\"event.screenX\":10}}";
    }

    static int node(Session session, String elementId) {
        Integer node = session.<Map<String, Integer>>get(NODES).get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element with id " + elementId + " on the page");
        }
        return node;
    }

    private static String first(Pattern pattern, String body) {
        return VaadinProtocol.first(pattern, body).orElseThrow(() -> new IllegalStateException("answer lacks " + pattern));
    }

    private static String last(Pattern pattern, String body) {
        return VaadinProtocol.last(pattern, body).orElseThrow(() -> new IllegalStateException("answer lacks " + pattern));
    }
}
