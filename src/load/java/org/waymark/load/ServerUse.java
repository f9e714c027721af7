package org.waymark.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's CPU and memory use during the load test. CPU is sampled every two seconds: each
 * portal process (the one the load profile started, found by its main class and port on this
 * machine; or, against a cluster, every node deploy/cluster.sh started, see {@link ClusterNodes})
 * as a share of all cores, and the whole machine from /proc/stat (which includes Gatling itself);
 * averages are over the steady phase, after the users arrived. Memory: see {@link ServerHeap}.
 * Against a cluster, each node's sessions are counted too: the users' sign-ins by the node
 * HAProxy's sticky cookie named, and the HTTP sessions each node made (its Prometheus metrics).
 */
final class ServerUse {

    private static final String MAIN_CLASS = "org.waymark.Application";

    /** A portal JVM under measurement: its name in the report and its process, if found. */
    private record Portal(String name, Optional<ProcessHandle> process, Optional<ClusterNodes.Node> node) {
    }

    private record Sample(long atMillis, long atNanos, long[] serverCpuNanos, long machineBusy, long machineTotal) {
    }

    private final Path reportDir;
    /** Wall-clock millis from which the steady phase counts. */
    private volatile long steadyFromMillis = Long.MAX_VALUE;
    private final List<Sample> samples = new ArrayList<>();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private List<Portal> portals = List.of();
    private Thread sampler;
    private List<Optional<String>> histogramsBefore = List.of();
    /** The heap's histograms taken while the users were at work, if that was done before the report. */
    private volatile List<Optional<String>> histogramsAtWork = List.of();
    private List<Double> sessionsBefore = List.of();
    private int users;
    private String extra = "";

    ServerUse(Path reportDir) {
        this.reportDir = reportDir;
    }

    /** Marks the start of the users' arrival: the live heap now is the baseline for the sessions' memory. */
    void usersArrive(long steadyFromEpochMillis, int userCount) {
        histogramsBefore = portals.stream().map(p -> ServerHeap.histogram(p.process())).toList();
        users = userCount;
        steadyFromMillis = steadyFromEpochMillis;
    }

    /** When the steady phase starts (wall-clock millis), once the users started arriving. */
    long steadyFrom() {
        return steadyFromMillis;
    }

    /** More lines for the report (the push probe's). */
    synchronized void addToReport(String lines) {
        extra += lines;
    }

    void start() {
        portals = ClusterNodes.runDirectory().map(run -> ClusterNodes.of(run).stream()
                        .map(n -> new Portal(n.name() + " (" + n.base().getPort() + ")", n.process(), Optional.of(n)))
                        .toList())
                .orElseGet(() -> {
                    String port = "--server.port=" + java.net.URI.create(
                            System.getProperty("load.baseUrl", "http://localhost:8080")).getPort();
                    return List.of(new Portal("portal", ProcessHandle.allProcesses().filter(p -> isPortal(p, port))
                            .findFirst(), Optional.empty()));
                });
        sessionsBefore = portals.stream().map(ServerUse::sessionsMade).toList();
        sampler = Thread.ofPlatform().daemon().name("cpu-sampler").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample();
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** HTTP sessions the node made since it started (Tomcat's meter), or -1 if unknown. */
    private static double sessionsMade(Portal portal) {
        return portal.node().flatMap(n -> n.meter("tomcat_sessions_created_sessions_total")).orElse(-1.0);
    }

    /** Takes the live heap's histograms now, while the users are at work with their connections open. */
    void usersAtWork() {
        histogramsAtWork = portals.stream().map(p -> ServerHeap.histogram(p.process())).toList();
    }

    void stopAndReport() {
        sampler.interrupt();
        sample();
        StringBuilder report = new StringBuilder(report());
        boolean atWork = histogramsAtWork.size() == portals.size();
        List<Optional<String>> histogramsAfter = atWork ? histogramsAtWork
                : portals.stream().map(p -> ServerHeap.histogram(p.process())).toList();
        // both readings counted the same way: the live bytes each histogram counted (ServerHeap.totalKb)
        List<Optional<Long>> heapBeforeKb = histogramsBefore.stream().map(h -> h.flatMap(ServerHeap::totalKb)).toList();
        List<Optional<Long>> heapAfterKb = histogramsAfter.stream().map(h -> h.flatMap(ServerHeap::totalKb)).toList();
        report.append(String.format(Locale.ROOT, "%n| live heap, counted by a class histogram (MB) | before the users | %s |%n"
                + "|---|---|---|%n", atWork ? "20 s before the end, all users at work" : "at the end, users gone"));
        long before = 0;
        long after = 0;
        boolean all = heapBeforeKb.size() == portals.size();
        for (int i = 0; i < portals.size(); i++) {
            Optional<Long> b = all ? heapBeforeKb.get(i) : Optional.empty();
            Optional<Long> a = heapAfterKb.get(i);
            all &= b.isPresent() && a.isPresent();
            before += b.orElse(0L);
            after += a.orElse(0L);
            report.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", portals.get(i).name(),
                    b.map(kb -> String.valueOf(kb / 1024)).orElse("?"), a.map(kb -> String.valueOf(kb / 1024)).orElse("?")));
        }
        if (all && users > 0) {
            report.append(String.format(Locale.ROOT,
                    "| live heap per signed-in user (KB; %d users, each with its current page%s) | %.0f | |%n",
                    users, atWork ? " and its push and HTTP connections" : ", connections closed", (after - before) / (double) users));
        }
        for (int i = 0; i < histogramsBefore.size() && users > 0; i++) {
            Optional<String> was = histogramsBefore.get(i);
            Optional<String> now = histogramsAfter.get(i);
            if (was.isPresent() && now.isPresent()) {
                report.append(String.format(Locale.ROOT, "%n%s: what the live heap grew by%n", portals.get(i).name()))
                        .append(ServerHeap.growth(was.get(), now.get(), users / histogramsBefore.size(), 25));
            }
        }
        if (portals.getFirst().node().isPresent()) {
            report.append(String.format(Locale.ROOT, "%n| sessions per node | users' sign-ins (sticky cookie) "
                    + "| HTTP sessions the node made during the run |%n|---|---|---|%n"));
            for (int i = 0; i < portals.size(); i++) {
                Portal portal = portals.get(i);
                double made = sessionsMade(portal);
                String nodeName = portal.node().orElseThrow().name();
                report.append(String.format(Locale.ROOT, "| %s | %d | %s |%n", portal.name(),
                        Steps.signInsByNode().getOrDefault(nodeName, 0),
                        made < 0 || sessionsBefore.get(i) < 0 ? "? (no WAYMARK_METRICS_PASSWORD)"
                                : String.format(Locale.ROOT, "%.0f", made - sessionsBefore.get(i))));
            }
            Steps.signInsByNode().entrySet().stream()
                    .filter(e -> portals.stream().noneMatch(p -> p.node().orElseThrow().name().equals(e.getKey())))
                    .forEach(e -> report.append(String.format(Locale.ROOT, "| %s | %d | |%n", e.getKey(), e.getValue())));
        }
        report.append(extra);
        report.append(String.format(Locale.ROOT, "%nload average at the end (1, 5, 15 min): %s%n", loadAverage()));
        System.out.println(report);
        try {
            Files.createDirectories(reportDir);
            Files.writeString(reportDir.resolve("server-use.md"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * The portal's JVM under test: its command line (read from /proc, as ProcessHandle may not give it) names the
     * main class and the port the users go to (another checkout's load run may have a portal of its own).
     */
    private static boolean isPortal(ProcessHandle process, String port) {
        try {
            String commandLine = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
            return commandLine.contains(MAIN_CLASS) && commandLine.contains(port);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private synchronized void sample() {
        long[] serverCpu = portals.stream().mapToLong(portal -> portal.process()
                .flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L)).toArray();
        long[] machine = machineJiffies();
        samples.add(new Sample(System.currentTimeMillis(), System.nanoTime(), serverCpu, machine[0], machine[1]));
    }

    private synchronized String report() {
        if (samples.size() < 2) {
            return "CPU: too few samples";
        }
        Sample first = samples.getFirst();
        Sample steadyStart = samples.stream().filter(s -> s.atMillis >= steadyFromMillis)
                .findFirst().orElse(first);
        Sample last = samples.getLast();
        double wall = last.atNanos - steadyStart.atNanos;
        StringBuilder rows = new StringBuilder();
        double total = 0;
        boolean allFound = true;
        for (int i = 0; i < portals.size(); i++) {
            Portal portal = portals.get(i);
            boolean found = portal.process().isPresent() && steadyStart.serverCpuNanos[i] >= 0
                    && last.serverCpuNanos[i] >= 0;
            allFound &= found;
            double share = found ? (last.serverCpuNanos[i] - steadyStart.serverCpuNanos[i]) / (wall * cores) : 0;
            total += share;
            rows.append(String.format(Locale.ROOT, "| %s process (pid %s) | %s |%n", portal.name(),
                    portal.process().map(p -> String.valueOf(p.pid())).orElse("?"), found ? percent(share) : "not found"));
        }
        if (portals.size() > 1) {
            rows.append(String.format(Locale.ROOT, "| all %d nodes | %s |%n", portals.size(),
                    allFound ? percent(total) : "? (a node was not found)"));
        }
        String machineShare = last.machineTotal == steadyStart.machineTotal ? "unknown"
                : percent((double) (last.machineBusy - steadyStart.machineBusy)
                        / (last.machineTotal - steadyStart.machineTotal));
        return String.format(Locale.ROOT, """
                | CPU, steady phase (%.0f s, %d cores) | average |
                |---|---|
                %s| whole machine (portal + Gatling + database + anything else running) | %s |
                """, wall / 1e9, cores, rows, machineShare);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** Busy and total jiffies of all CPUs since boot (Linux); zeros elsewhere. */
    private static long[] machineJiffies() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
