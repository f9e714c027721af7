package org.waymark.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Issue 7's concurrent-user row: {@code load.users} users (300 by default) signed in at once over
 * real HTTP, each going round its role's journey with think time until the run ends — school
 * SENCOs 35 %, LA caseworkers 25 %, parents 25 %, Family SENCOs 15 %. Users arrive over
 * {@code load.ramp} seconds, then all of them work for {@code load.steady} seconds. The run fails
 * unless p95 < 300 ms, p99 < 1 s and no request fails; the portal's CPU use and the memory its
 * sessions hold are measured alongside (see {@link ServerUse}).
 * <p>
 * With {@code -Dload.cluster=<run dir>} the users go through HAProxy ({@code load.baseUrl}) to the
 * nodes deploy/cluster.sh started, every node's CPU and heap is measured, and {@link PushProbe}
 * times {@code load.probe.samples} meeting decisions pushed from node 1 to node 2 during the steady
 * phase (issue 21 point 7).
 */
public class PortalSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("load.users", 300);
    private static final int RAMP = Integer.getInteger("load.ramp", 60);
    private static final int STEADY = Integer.getInteger("load.steady", 240);

    /** Every user stops going round when the steady phase is over; set when the users start. */
    private volatile long endAt = Long.MAX_VALUE;
    private final ServerUse server = new ServerUse(Path.of(System.getProperty("load.report", "target/load")));

    /**
     * Every simulated user's browser: the portal's address, no cache (each user is a first visit),
     * and an address of its own. Real users reach the portal from many addresses, and the sign-in
     * throttle counts failures per address (DD012); from one address, a few late two-step codes
     * would throttle every simulated user at once. Each user is given one address in 198.18.0.0/15,
     * the range set aside for benchmarks (RFC 2544), as {@code X-Forwarded-For}: the portal takes the
     * client's address from it when the request comes from a trusted proxy (Tomcat's RemoteIpValve
     * trusts this machine), and HAProxy adds a header line of its own after it (this machine's
     * address, trusted), so the portal reads the same address through HAProxy as directly.
     */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL)
                .wsBaseUrl(BASE_URL.replaceFirst("^http", "ws"))
                .acceptHeader("*/*")
                .userAgentHeader("Mozilla/5.0 (Linux; Waymark load test)")
                .header("X-Forwarded-For", session -> benchmarkAddress(session.userId()))
                .disableCaching();
    }

    /** The n-th simulated user's address in 198.18.0.0/15 (131,072 addresses, then round again). */
    static String benchmarkAddress(long user) {
        long n = Math.floorMod(user, 1L << 17);
        return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    {
        ScenarioBuilder meetingDay = scenario("Meeting day").exec(Journeys.meetingDay()).exec(session -> {
            server.usersArrive(System.currentTimeMillis() + RAMP * 1000L, USERS);
            endAt = System.currentTimeMillis() + (RAMP + STEADY) * 1000L;
            return session;
        });
        setUp(meetingDay.injectOpen(atOnceUsers(1)).andThen(
                role("School SENCO", "senco", Journeys.schoolSenco(), 35),
                role("LA caseworker", "caseworker", Journeys.laOfficer(), 25),
                role("Parent", "parent", Journeys.parent(), 25),
                role("Family SENCO", "family.senco", Journeys.familySenco(), 15)))
                .protocols(protocol())
                .assertions(global().responseTime().percentile(95.0).lt(300),
                        global().responseTime().percentile(99.0).lt(1000),
                        global().failedRequests().count().is(0L));
    }

    private PopulationBuilder role(String name, String username, ChainBuilder journey, int percent) {
        int users = Math.max(1, Math.round(USERS * percent / 100f));
        ScenarioBuilder scenario = scenario(name)
                .exec(Steps.signIn(username), Steps.think())
                .exec(asLongAs(session -> System.currentTimeMillis() < endAt).on(exec(journey)))
                .exec(Steps.signOut());
        return scenario.injectOpen(rampUsers(users).during(Duration.ofSeconds(RAMP)));
    }

    /** The cross-node push probe's figures of the last run in this JVM (PortalLoadIT checks them), if it ran. */
    static volatile Optional<PushProbe> lastProbe = Optional.empty();

    private Optional<PushProbe> probe = Optional.empty();
    private Thread probing;
    private Thread heapAtWork;

    @Override
    public void before() {
        Steps.forgetSignInsByNode(); // the warm-up's sign-ins are not the measured run's spread
        server.start();
        // the users' heap while they are all still at work, their push and HTTP connections open
        // (not after they signed out): 20 s before the end of the steady phase. Its full collection
        // pauses the portal inside the measured phase, as a busy node's own would.
        heapAtWork = Thread.ofPlatform().daemon().name("heap-at-work").start(() -> {
            try {
                while (endAt == Long.MAX_VALUE) {
                    Thread.sleep(200);
                }
                // not before the last user arrived (a short run's steady phase is shorter than 20 s)
                long at = Math.max(endAt - 20_000, server.steadyFrom());
                Thread.sleep(Math.max(0, at - System.currentTimeMillis()));
                server.usersAtWork();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        int samples = Integer.getInteger("load.probe.samples", 40);
        ClusterNodes.runDirectory().filter(run -> samples > 0).ifPresent(run -> {
            // against a cluster: time decisions pushed from node 1 to node 2 while the users work
            PushProbe p = new PushProbe(ClusterNodes.of(run), samples, Path.of(System.getProperty("load.report",
                    "target/load")));
            try {
                p.prepare();
            } catch (Exception e) {
                throw new IllegalStateException("the push probe could not start", e);
            }
            probe = Optional.of(p);
            lastProbe = probe;
            probing = Thread.ofPlatform().daemon().name("push-probe").start(() -> {
                while (server.steadyFrom() == Long.MAX_VALUE || endAt == Long.MAX_VALUE) {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                p.run(server.steadyFrom(), endAt);
            });
        });
    }

    @Override
    public void after() {
        probe.ifPresent(p -> {
            try {
                probing.join(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.addToReport(p.stopAndReport());
        });
        if (System.currentTimeMillis() < endAt - 20_000) {
            heapAtWork.interrupt(); // the users stopped before the reading: the report reads the heap at the end
        }
        try {
            heapAtWork.join(Duration.ofSeconds(120));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stopAndReport();
    }
}
