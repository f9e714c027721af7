package org.waymark.persistence;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server of one test's own that it may stop and start: the machine's {@code mariadbd}
 * (Debian's package, the engine the portal runs on in production) on a data directory made for it
 * by {@code mariadb-install-db} in a temporary directory and a free port, so stopping it disturbs
 * nobody else's tests on the machine's shared server. Stopped as an administrator's restart stops
 * it (SIGTERM: the server ends its connections, rolls back what was in flight and shuts down
 * cleanly) or as a crash ({@link #kill()}, SIGKILL: the transactions in flight are rolled back by
 * crash recovery at the next start).
 */
final class RestartableMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RestartableMariaDb.class);
    static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");

    private final Path dir;
    private final int port;
    private Process server;

    private RestartableMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(MARIADBD) && Files.isExecutable(INSTALL_DB);
    }

    /** A fresh data directory, and the server started on it. */
    static RestartableMariaDb create() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("waymark-mariadb-restart");
        List<String> install = new ArrayList<>(List.of(INSTALL_DB.toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (runningAsRoot()) {
            install.add("--user=root");
        }
        Process process = new ProcessBuilder(install).redirectErrorStream(true)
                .redirectOutput(dir.resolve("install.log").toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("mariadb-install-db failed: see " + dir.resolve("install.log"));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        RestartableMariaDb db = new RestartableMariaDb(dir, port);
        db.start();
        return db;
    }

    int port() {
        return port;
    }

    /** Starts the server and waits until it takes connections. */
    void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + dir.resolve("mariadb.sock"), "--pid-file=" + dir.resolve("mariadb.pid"),
                "--log-error=" + dir.resolve("error.log"), "--skip-log-bin", "--innodb-buffer-pool-size=64M",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
        if (runningAsRoot()) {
            command.add("--user=root"); // mariadbd refuses to run as root otherwise
        }
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.out").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!answers()) {
            if (!server.isAlive()) {
                throw new IllegalStateException("mariadbd stopped while starting: see " + dir.resolve("error.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("mariadbd not answering after 3 minutes: see " + dir.resolve("error.log"));
            }
            Thread.sleep(200);
        }
        LOG.info("MariaDB for the restart test on port {} ({})", port, dir);
    }

    /** Stops the server as a restart does (SIGTERM) and waits until it has gone. */
    Duration stop() throws InterruptedException {
        long started = System.nanoTime();
        server.destroy();
        if (!server.waitFor(2, TimeUnit.MINUTES)) {
            server.destroyForcibly().waitFor();
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Kills the server (SIGKILL), as a crash would. */
    void kill() throws InterruptedException {
        server.destroyForcibly().waitFor();
    }

    boolean answers() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        if (server != null && server.isAlive()) {
            stop();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
