package org.waymark.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.waymark.benchmark.VaadinProtocol;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;

/**
 * What a browser does on the portal, step by step, over HTTP: sign in through the login form (with
 * Spring Security's CSRF token), bootstrap the Vaadin UI, follow links and menu entries, type into
 * fields, scroll grids and click buttons — each an XHR carrying Vaadin's token and sync ids, and
 * each grid update confirmed as the grid's connector does — and hold a push connection while a
 * page that has push is shown.
 */
final class Steps {

    static final String PASSWORD = "waymark-demo";

    /** HAProxy's sticky-session cookie (deploy/haproxy.cfg.in): the node a user's session lives on. */
    static final String STICKY_COOKIE = "WAYMARKNODE";

    private static final Map<String, Integer> SIGN_INS_BY_NODE = new ConcurrentHashMap<>();

    /** Unexpected page-update answers printed so far (the first three of a run are). */
    private static final AtomicInteger UNEXPECTED_SHOWN = new AtomicInteger();

    private static final long THINK_MS = Long.getLong("load.think", 5) * 1000;

    private Steps() {
    }

    /** Sign-ins so far by the node HAProxy's sticky cookie named (against a cluster only). */
    static Map<String, Integer> signInsByNode() {
        return Map.copyOf(SIGN_INS_BY_NODE);
    }

    /** Forgets the sign-ins counted so far (the warm-up's), before the measured run. */
    static void forgetSignInsByNode() {
        SIGN_INS_BY_NODE.clear();
    }

    /** Think time: a user reads the page for half to one and a half times the mean. */
    static ChainBuilder think() {
        return exec(pause(Duration.ofMillis(THINK_MS / 2), Duration.ofMillis(THINK_MS * 3 / 2)));
    }

    /** A sign-in turned away unchecked is tried again, as a person would, at most this many times in all. */
    private static final int SIGN_IN_ATTEMPTS = 10;

    static ChainBuilder signIn(String username) {
        // the sign-in page is plain HTML (DD019): no Vaadin UI is bootstrapped before sign-in
        return exec(signInPage("login page", "/login"))
                .exec(think())
                .exec(session -> session.set("signInTo", "/login?busy"))
                // issue 23 point 2: a node checking as many sign-ins as it takes turns the next away
                // unchecked (/login?busy, "try again in a moment"); the person types the password again
                // a little later. Refused details (/login?error) fail the request.
                .asLongAs(session -> session.getString("signInTo").endsWith("/login?busy"), "signInAttempt").on(
                        doIf(session -> session.getInt("signInAttempt") > 0).then(
                                exec(signInPage("sign-in page, asked to try again", "/login?busy")).exec(think()))
                        .exec(http("sign in").post("/login")
                                .formParam("username", username)
                                .formParam("password", PASSWORD)
                                // DD012: the demo authenticator code with the password, as an authenticator app shows it
                                .formParam("code", session -> org.waymark.DemoTotp.code())
                                .formParam("_csrf", "#{formCsrf}")
                                .disableFollowRedirect()
                                // signed in: a redirect to the home page; turned away: to /login?busy;
                                // refused: to /login?error; and no more tries than a person would make
                                .check(status().is(302), header("Location").saveAs("signInTo"),
                                        header("Location").transform(to -> to.contains("/login")
                                                && !to.endsWith("/login?busy")).is(false))
                                .checkIf(session -> session.getInt("signInAttempt") >= SIGN_IN_ATTEMPTS - 1).then(
                                        header("Location").transform(to -> to.endsWith("/login?busy")).is(false)))
                        .exitHereIfFailed())
                .exec(http("home page").get("/").check(status().is(200)))
                // against a cluster: which node HAProxy's sticky cookie gave this user (ServerUse reports the spread)
                .doIf(session -> ClusterNodes.runDirectory().isPresent()).then(
                        exec(getCookieValue(CookieKey(STICKY_COOKIE))).exec(session -> {
                            SIGN_INS_BY_NODE.merge(session.getString(STICKY_COOKIE), 1, Integer::sum);
                            return session;
                        }))
                .exec(http("home bootstrap").get("/?v-r=init&location=&query=")
                        .check(status().is(200), bodyString().saveAs(Uidl.BODY)))
                .exec(Uidl::bootstrapped)
                .exec(send("home", session -> List.of(VaadinProtocol.navigate("/", ""))))
                // a user who could not sign in stops here rather than failing every later step
                .exitHereIfFailed();
    }

    /** The plain sign-in page (DD019) at {@code path}, keeping its form's CSRF token. */
    private static ChainBuilder signInPage(String name, String path) {
        return exec(http(name).get(path)
                .check(status().is(200), regex(VaadinProtocol.FORM_CSRF.pattern()).saveAs("formCsrf")));
    }

    static ChainBuilder signOut() {
        return doIf(session -> session.contains(Uidl.PUSH_OPEN) && session.getBoolean(Uidl.PUSH_OPEN)).then(
                exec(ws("push close").close()).exec(session -> session.set(Uidl.PUSH_OPEN, false)));
    }

    /**
     * Opens the push connection when the page shown asks for it and closes it when the page shown
     * no longer does, as Flow's client does (DD027: only the meeting pages have push).
     */
    private static ChainBuilder pushAsThePageAsks() {
        return doIf(session -> session.getBoolean(Uidl.PUSH_WANTED) && !session.getBoolean(Uidl.PUSH_OPEN)).then(
                exec(ws("push connect").connect("/VAADIN/push?v-r=push&v-uiId=#{uiId}&v-pushId=#{pushId}"
                        + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                        + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                        + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=#{syncId}"))
                        .exec(session -> session.set(Uidl.PUSH_OPEN, true)))
                .doIf(session -> !session.getBoolean(Uidl.PUSH_WANTED) && session.getBoolean(Uidl.PUSH_OPEN)).then(
                        exec(ws("push close").close()).exec(session -> session.set(Uidl.PUSH_OPEN, false)));
    }

    /** A new browser: no cookies from an earlier sign-in. */
    static ChainBuilder forgetCookies() {
        return exec(flushCookieJar());
    }

    /** Follows a menu entry to a route; the page must show the element with the given id. */
    static ChainBuilder open(String name, String route, String expectedElementId) {
        return send(name, session -> List.of(VaadinProtocol.navigate(route, "client")),
                substring("\"value\":\"" + expectedElementId + "\"").exists());
    }

    /** Back to the home page through the header link. */
    static ChainBuilder home() {
        return send("home", session -> List.of(VaadinProtocol.navigate("", "client")));
    }

    /** Follows one of the links the last page showed that match the pattern (if it showed any). */
    static ChainBuilder openLink(String name, String pattern) {
        return exec(session -> {
            List<String> links = session.contains(Uidl.LINKS) ? session.getList(Uidl.LINKS) : List.of();
            List<String> matching = links.stream().filter(l -> l.matches(pattern)).toList();
            return matching.isEmpty() ? session.remove("link")
                    : session.set("link", matching.get(ThreadLocalRandom.current().nextInt(matching.size())));
        }).doIf(session -> session.contains("link")).then(
                send(name, session -> List.of(VaadinProtocol.navigate(session.getString("link"), "link"))));
    }

    static ChainBuilder type(String name, String elementId, String value) {
        return send(name, session -> Uidl.type(Uidl.node(session, elementId), value));
    }

    static ChainBuilder click(String name, String elementId) {
        return send(name, session -> List.of(Uidl.click(Uidl.node(session, elementId))));
    }

    /** Scrolls a grid so that the rows from {@code first} are in view, as the grid asks for them. */
    static ChainBuilder scroll(String name, String gridId, int first) {
        return send(name, session -> {
            int promise = session.getInt(Uidl.PROMISE);
            return List.of(VaadinProtocol.published(Uidl.node(session, gridId), "setViewportRange", first + ",100", promise));
        }).exec(session -> session.set(Uidl.PROMISE, session.getInt(Uidl.PROMISE) + 1));
    }

    private static ChainBuilder send(String name, Function<Session, List<String>> rpc, CheckBuilder... checks) {
        // checks stop at the first that fails: the body is kept first (to show an unexpected answer),
        // and Flow's answers to a wrong token, sync or client id are named before the missing sync id
        List<CheckBuilder> all = new ArrayList<>(List.of(status().is(200),
                bodyString().saveAs(Uidl.BODY),
                substring("\"appError\"").notExists(),
                substring("\"resynchronize\"").notExists(),
                substring("\"sessionExpired\"").notExists(),
                regex("\"syncId\":\\d+").exists()));
        all.addAll(List.of(checks));
        return exec(uidl(name, rpc, all))
                .exec(session -> {
                    String body = session.contains(Uidl.BODY) ? session.getString(Uidl.BODY) : "";
                    if (body.contains("\"syncId\"")) {
                        return Uidl.answered(session);
                    }
                    // an answer without a sync id updates nothing (the request is already counted as failed)
                    if (UNEXPECTED_SHOWN.getAndIncrement() < 3) {
                        System.err.printf("load test: unexpected answer to '%s' (first 600 characters): %s%n", name,
                                body.substring(0, Math.min(600, body.length())));
                    }
                    return session;
                })
                // the browser confirms each grid update straight away, in a message of its own
                .doIf(session -> !session.getList(Uidl.CONFIRMS).isEmpty()).then(
                        exec(uidl(name + " (grid confirm)", session -> session.getList(Uidl.CONFIRMS),
                                List.of(status().is(200), bodyString().saveAs(Uidl.BODY))))
                                .exec(Uidl::answered))
                .exec(pushAsThePageAsks());
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder uidl(String name,
            Function<Session, List<String>> rpc, List<CheckBuilder> checks) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> Uidl.message(session, rpc.apply(session))))
                .check(checks);
    }
}
