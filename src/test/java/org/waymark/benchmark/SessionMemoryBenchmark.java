package org.waymark.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.management.ObjectName;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.moderation.service.ModerationService;
import org.waymark.security.service.AccountService;

/**
 * Live heap per open UI: the running portal (demo data) is signed into over real HTTP by N
 * sessions ({@link PortalBrowser}) and the live heap after full GCs with the N sessions is
 * compared with the heap before them. Homes, then the heavier pages (the pupil grid, a moderation
 * meeting). Also the time the server takes to build each page. Target <= 300 KB a UI. Run with
 * {@code -Pbenchmark,production} for production mode (development mode keeps where each component
 * was made, for Copilot, which costs several hundred KB on a page of components).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// DD012: many sessions of the same demo logins sign in within one 30-second period with the same code
@org.springframework.test.context.TestPropertySource(properties = "waymark.security.totp-accept-repeats=true")
class SessionMemoryBenchmark {

    private static final List<String> USERS = List.of("senco", "caseworker", "family.senco", "parent", "head");

    @LocalServerPort
    int port;
    @Autowired AccountService accounts;
    @Autowired ModerationService moderation;
    @Autowired java.time.Clock clock;

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(250);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void live_heap_per_open_ui() throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 100);
        for (String user : USERS) {
            PortalBrowser.signIn(port, user); // warm-up
        }
        long before = liveHeap();
        List<PortalBrowser> open = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            open.add(PortalBrowser.signIn(port, USERS.get(i % USERS.size())));
        }
        long after = liveHeap();
        Timings timings = new Timings();
        timings.row(String.valueOf(sessions), "live heap per open UI (KB), homes of " + String.join(", ", USERS),
                String.format("%.0f", (after - before) / 1024.0 / sessions), "", "");
        timings.samples(String.valueOf(sessions), "server builds a home UI (bootstrap request, ms)",
                open.stream().mapToDouble(PortalBrowser::bootstrapMs).toArray());
        timings.write("session-memory.md", "# Open UIs (H2, demo data, " + mode(open) + ")");
    }

    /**
     * The heavier pages: caseworkers holding the authority's pupil grid (a page of rows) and
     * Family SENCOs holding a moderation meeting with its agenda, push-ready.
     */
    @Test
    void live_heap_per_open_heavy_page() throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 100);
        String meeting = "moderation/" + meetingId();
        PortalBrowser.signIn(port, "caseworker").navigate("pupils"); // warm-up
        PortalBrowser.signIn(port, "family.senco").navigate(meeting);
        List<PortalBrowser> open = new ArrayList<>();
        double[] gridMs = new double[sessions];
        double[] meetingMs = new double[sessions];
        long before = liveHeap();
        for (int i = 0; i < sessions; i++) {
            PortalBrowser browser = PortalBrowser.signIn(port, "caseworker");
            gridMs[i] = browser.navigate("pupils");
            open.add(browser);
        }
        long withGrids = liveHeap();
        histogram("grid");
        for (int i = 0; i < sessions; i++) {
            PortalBrowser browser = PortalBrowser.signIn(port, "family.senco");
            meetingMs[i] = browser.navigate(meeting);
            open.add(browser);
        }
        long withMeetings = liveHeap();
        Timings timings = new Timings();
        timings.row(String.valueOf(sessions), "live heap per open UI (KB), caseworker on the pupil grid",
                String.format("%.0f", (withGrids - before) / 1024.0 / sessions), "", "");
        timings.row(String.valueOf(sessions), "live heap per open UI (KB), Family SENCO on a moderation meeting",
                String.format("%.0f", (withMeetings - withGrids) / 1024.0 / sessions), "", "");
        timings.samples(String.valueOf(sessions), "server builds the pupil grid page (ms)", gridMs);
        timings.samples(String.valueOf(sessions), "server builds the moderation meeting page (ms)", meetingMs);
        timings.write("session-memory-heavy.md", "# Open UIs on heavier pages (H2, demo data, " + mode(open) + ")");
    }

    private static String mode(List<PortalBrowser> open) {
        return open.getFirst().productionMode() ? "production mode" : "development mode";
    }


    /** With -Dbench.histogram=true: the live-object histogram (what the sessions hold) under target/benchmarks. */
    private static void histogram(String name) throws Exception {
        if (Boolean.getBoolean("bench.histogram")) {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Files.writeString(Path.of("target/benchmarks/histogram-" + name + ".txt"), String.valueOf(text));
        }
    }

    /** Today's moderation meeting of the demo family, opened by its Family SENCO if there is none. */
    private long meetingId() {
        SignIn.as(accounts, "family.senco");
        try {
            var mine = moderation.meetingsOfMyFamily();
            return mine.isEmpty() ? moderation.open(LocalDate.now(clock)) : mine.getFirst().getId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
