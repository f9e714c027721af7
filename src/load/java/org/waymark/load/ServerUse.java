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
 * The portal's CPU and memory use during the load test. CPU is sampled every two seconds: the
 * portal's own process (found by its main class on this machine) as a share of all cores, and the
 * whole machine from /proc/stat (which includes Gatling itself); averages are over the steady
 * phase, after the users arrived. Memory: see {@link ServerHeap}.
 */
final class ServerUse {

    private static final String MAIN_CLASS = "org.waymark.Application";

    private record Sample(long atMillis, long atNanos, long serverCpuNanos, long machineBusy, long machineTotal) {
    }

    private final Path reportDir;
    /** Wall-clock millis from which the steady phase counts. */
    private volatile long steadyFromMillis = Long.MAX_VALUE;
    private final List<Sample> samples = new ArrayList<>();
    private final int cores = Runtime.getRuntime().availableProcessors();
    private Optional<ProcessHandle> server = Optional.empty();
    private Thread sampler;
    private Optional<Long> heapBeforeKb = Optional.empty();
    private int users;

    ServerUse(Path reportDir) {
        this.reportDir = reportDir;
    }

    /** Marks the start of the users' arrival: the live heap now is the baseline for the sessions' memory. */
    void usersArrive(long steadyFromEpochMillis, int userCount) {
        heapBeforeKb = ServerHeap.liveKb(server);
        users = userCount;
        steadyFromMillis = steadyFromEpochMillis;
    }

    void start() {
        String port = "--server.port=" + java.net.URI.create(System.getProperty("load.baseUrl", "http://localhost:8080"))
                .getPort();
        server = ProcessHandle.allProcesses().filter(p -> isPortal(p, port)).findFirst();
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

    void stopAndReport() {
        sampler.interrupt();
        sample();
        Optional<Long> heapAfterKb = ServerHeap.liveKb(server);
        String report = report() + heapBeforeKb.flatMap(before -> heapAfterKb.map(after -> String.format(Locale.ROOT,
                "| live heap per signed-in user (KB; %d users, each with its sign-in page and current page) | %.0f |%n",
                users, (after - before) / (double) users))).orElse("");
        System.out.println(report);
        try {
            Files.createDirectories(reportDir);
            Files.writeString(reportDir.resolve("server-use.md"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        long serverCpu = server.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
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
        String serverShare = server.isEmpty() || steadyStart.serverCpuNanos < 0 ? "not found"
                : percent((last.serverCpuNanos - steadyStart.serverCpuNanos) / (wall * cores));
        String machineShare = last.machineTotal == steadyStart.machineTotal ? "unknown"
                : percent((double) (last.machineBusy - steadyStart.machineBusy)
                        / (last.machineTotal - steadyStart.machineTotal));
        return String.format(Locale.ROOT, """
                | CPU, steady phase (%.0f s, %d cores) | average |
                |---|---|
                | portal process (pid %s) | %s |
                | whole machine (portal + Gatling + database) | %s |
                """, wall / 1e9, cores, server.map(p -> String.valueOf(p.pid())).orElse("?"), serverShare,
                machineShare);
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
