package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.base.ui.DatabaseTroubleProbe;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The database restarted, and then crashed, under load (issue 21 point 5), on the machine's MariaDB
 * engine (Debian's {@code mariadbd}) run on a data directory and port of this test's own, so that
 * stopping it disturbs no one else's tests on the machine's shared server ({@link RestartableMariaDb}).
 * The portal's data source and Flyway schema run on it, and four workers keep writing two-row
 * requests (each one transaction, the rows a moment apart) while the server is stopped and started:
 * <ul>
 * <li>no half-written records: every request's rows are there both or neither — including one that
 * had written its first row and was holding its transaction open when the server went;</li>
 * <li>every request that failed (in flight, or begun while the server was away) failed with an error
 * the UI recognises as "database unavailable" (base.ui.DatabaseTrouble shows its plain message:
 * the last step was not saved, try again in a minute), and failed within seconds, not hanging;</li>
 * <li>once the server is back, the same pool (no restart of the portal) serves the workers again,
 * and every request that was told it succeeded is there.</li>
 * </ul>
 * Round one stops the server as an administrator's restart does (SIGTERM: clean shutdown); round two
 * kills it (SIGKILL: crash recovery at the next start). Skips with a message when mariadbd is not
 * installed, unless {@code -Dwaymark.cluster.required=true} (CI).
 */
@DataJdbcTest(properties = {
        "spring.datasource.hikari.connection-timeout=5000",
        "spring.datasource.hikari.validation-timeout=1000",
        "spring.datasource.hikari.maximum-pool-size=6"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DatabaseRestartIT {

    private static final int WORKERS = 4;
    /** Requests committed before the server goes, and again after it is back, in each round. */
    private static final int REQUESTS_PER_PHASE = 30;

    private static RestartableMariaDb db;

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired DataSource dataSource;

    @BeforeAll
    static void startDatabase() throws Exception {
        if (!RestartableMariaDb.installed()) {
            String message = "DATABASE RESTART TEST NOT RUN: no mariadbd/mariadb-install-db (Debian: apt-get install mariadb-server)";
            System.err.println("\n!!!!!!!! " + message + " !!!!!!!!\n");
            if (Boolean.getBoolean("waymark.cluster.required")) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        db = RestartableMariaDb.create();
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + db.port() + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE waymark_restart CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:" + db.port()
                + "/waymark_restart?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&connectTimeout=5000");
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.driver-class-name", () -> "com.mysql.cj.jdbc.Driver");
    }

    @Test
    void under_load_a_restart_and_a_crash_fail_the_requests_in_flight_whole_and_the_same_pool_recovers()
            throws Exception {
        jdbc.execute("CREATE TABLE restart_probe (request_id BIGINT NOT NULL, half INT NOT NULL,"
                + " PRIMARY KEY (request_id, half)) ENGINE=InnoDB");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        AtomicLong ids = new AtomicLong();
        Set<Long> committed = ConcurrentHashMap.newKeySet();
        Map<Long, Throwable> failed = new ConcurrentHashMap<>();
        Set<Long> failedHalfWay = ConcurrentHashMap.newKeySet();
        AtomicLong slowestFailureMillis = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    long id = ids.incrementAndGet();
                    AtomicBoolean firstHalf = new AtomicBoolean();
                    long started = System.nanoTime();
                    try {
                        tx.executeWithoutResult(status -> {
                            jdbc.update("INSERT INTO restart_probe VALUES (?, 1)", id);
                            firstHalf.set(true);
                            pause(10);
                            jdbc.update("INSERT INTO restart_probe VALUES (?, 2)", id);
                        });
                        committed.add(id);
                    } catch (RuntimeException e) {
                        failed.put(id, e);
                        if (firstHalf.get()) {
                            failedHalfWay.add(id);
                        }
                        slowestFailureMillis.accumulateAndGet(
                                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), Math::max);
                        pause(100); // a user reading the message before trying again
                    }
                }
            }, "restart-load-" + w);
            worker.start();
            workers.add(worker);
        }
        HikariDataSource pool = (HikariDataSource) dataSource;
        Set<Long> heldRequests = new HashSet<>();
        try {
            for (boolean crash : new boolean[] {false, true}) {
                String round = crash ? "crash" : "restart";
                int before = committed.size();
                await(() -> committed.size() >= before + REQUESTS_PER_PHASE, round + ": requests before it");

                // one request in flight for certain: its first row written, its transaction held open
                long held = -ids.incrementAndGet();
                heldRequests.add(held);
                CountDownLatch halfWritten = new CountDownLatch(1);
                CountDownLatch serverGone = new CountDownLatch(1);
                AtomicReference<Throwable> heldError = new AtomicReference<>();
                Thread holder = new Thread(() -> {
                    try {
                        tx.executeWithoutResult(status -> {
                            jdbc.update("INSERT INTO restart_probe VALUES (?, 1)", held);
                            halfWritten.countDown();
                            awaitLatch(serverGone);
                            jdbc.update("INSERT INTO restart_probe VALUES (?, 2)", held);
                        });
                    } catch (RuntimeException e) {
                        heldError.set(e);
                    }
                }, "restart-held-" + round);
                holder.start();
                assertThat(halfWritten.await(60, TimeUnit.SECONDS)).as(round + ": the held request's first row").isTrue();

                int failedBefore = failed.size();
                if (crash) {
                    db.kill();
                } else {
                    db.stop();
                }
                assertThat(db.answers()).as(round + ": the server is down").isFalse();
                serverGone.countDown();
                holder.join(TimeUnit.SECONDS.toMillis(60));
                assertThat(heldError.get()).as(round + ": the held request failed").isNotNull();
                assertThat(DatabaseTroubleProbe.unavailable(heldError.get()))
                        .as(round + ": the held request's error is 'database unavailable': " + heldError.get()).isTrue();
                // while it is away, every worker's requests fail (none waits for ever)
                await(() -> failed.size() >= failedBefore + 2 * WORKERS, round + ": failures while down");
                int committedWhileDown = committed.size();
                pause(1000);
                assertThat(committed.size()).as(round + ": nothing committed while down").isEqualTo(committedWhileDown);

                db.start();
                int back = committed.size();
                await(() -> committed.size() >= back + REQUESTS_PER_PHASE, round + ": requests after it");
                assertThat(pool.isRunning()).as(round + ": the same pool, never closed").isTrue();
            }
        } finally {
            running.set(false);
            for (Thread worker : workers) {
                worker.join(TimeUnit.SECONDS.toMillis(60));
            }
        }

        // no half-written request: both rows or neither, whatever happened to it
        assertThat(jdbc.queryForList("SELECT request_id FROM restart_probe GROUP BY request_id HAVING COUNT(*) <> 2",
                Long.class)).as("requests with one row of two").isEmpty();
        Set<Long> whole = new HashSet<>(jdbc.queryForList("SELECT DISTINCT request_id FROM restart_probe", Long.class));
        // every request the portal was told had succeeded is there; the held ones are not
        assertThat(whole).containsAll(committed);
        assertThat(whole).doesNotContainAnyElementsOf(heldRequests);
        // (a worker's request that failed after its first row has both rows or none, as checked above:
        // a commit whose answer was lost with the connection may have both, as for any client)
        // every failure was one the UI tells as "database unavailable", and none hung
        assertThat(failed.values()).isNotEmpty()
                .allSatisfy(e -> assertThat(DatabaseTroubleProbe.unavailable(e)).as(chain(e)).isTrue());
        assertThat(slowestFailureMillis.get()).as("the slowest failure, ms").isLessThan(20_000);
        System.out.printf("DatabaseRestartIT: %d requests committed, %d failed (%d half way), slowest failure %d ms%n",
                committed.size(), failed.size(), failedHalfWay.size(), slowestFailureMillis.get());
    }

    /** An error with its causes (and a failed rollback's original error), for the assertion message. */
    private static String chain(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            text.append(" <- ").append(t.getClass().getName()).append(": ").append(t.getMessage());
            if (t instanceof java.sql.SQLException sql) {
                text.append(" [state ").append(sql.getSQLState()).append(", code ").append(sql.getErrorCode()).append(']');
            }
        }
        if (error instanceof org.springframework.transaction.TransactionSystemException rollback
                && rollback.getOriginalException() != null) {
            text.append(" | original:").append(chain(rollback.getOriginalException()));
        }
        return text.toString();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 120 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
