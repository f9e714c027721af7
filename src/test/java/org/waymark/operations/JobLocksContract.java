package org.waymark.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waymark.operations.service.JobLocks;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Two nodes on one database, each with its own ShedLock provider (as each portal JVM builds one),
 * both firing the same job at the same moment: the job's body runs once (issue 21 point 4, DD015).
 * Run on H2 ({@link JobLocksIT}) and on MySQL/MariaDB ({@link JobLocksMySqlIT}).
 */
abstract class JobLocksContract {

    @Autowired JdbcTemplate jdbc;

    @Test
    void two_nodes_firing_the_same_job_together_run_its_body_once() throws Throwable {
        String job = "test-job-" + System.nanoTime();
        LockingTaskExecutor nodeA = new DefaultLockingTaskExecutor(JobLocks.lockProvider(new JdbcTemplate(jdbc.getDataSource())));
        LockingTaskExecutor nodeB = new DefaultLockingTaskExecutor(JobLocks.lockProvider(new JdbcTemplate(jdbc.getDataSource())));
        AtomicInteger bodies = new AtomicInteger();
        CountDownLatch bothFired = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Runnable body = () -> {
            bodies.incrementAndGet();
            try {
                release.await(20, TimeUnit.SECONDS); // holds the lock while the other node tries
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(nodeA, nodeB).stream().map(node -> nodes.submit(() -> {
                bothFired.countDown();
                node.executeWithLock(body, new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ZERO));
            })).<Future<?>>map(f -> f).toList();
            assertThat(bothFired.await(10, TimeUnit.SECONDS)).isTrue();
            // the node that lost returns at once; wait until one run is done, then release the winner
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (runs.stream().noneMatch(Future::isDone) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            release.countDown();
            for (Future<?> run : runs) {
                run.get(20, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(bodies).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ?", Integer.class, job)).isEqualTo(1);

        // released (lockAtLeastFor zero): the next firing, on either node, runs it again
        nodeB.executeWithLock((Runnable) bodies::incrementAndGet,
                new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ZERO));
        assertThat(bodies).hasValue(2);
    }

    @Test
    void a_lock_held_for_at_least_a_while_keeps_the_other_node_from_running_the_same_firing_again() throws Throwable {
        String job = "test-job-" + System.nanoTime();
        LockingTaskExecutor nodeA = new DefaultLockingTaskExecutor(JobLocks.lockProvider(new JdbcTemplate(jdbc.getDataSource())));
        LockingTaskExecutor nodeB = new DefaultLockingTaskExecutor(JobLocks.lockProvider(new JdbcTemplate(jdbc.getDataSource())));
        AtomicInteger bodies = new AtomicInteger();
        LockConfiguration firing = new LockConfiguration(Instant.now(), job, Duration.ofMinutes(10), Duration.ofMinutes(5));
        assertThat(nodeA.executeWithLock(() -> bodies.incrementAndGet(), firing).wasExecuted()).isTrue();
        // node B's clock is a moment behind: its trigger for the same minute comes after A finished
        assertThat(nodeB.executeWithLock(() -> bodies.incrementAndGet(), firing).wasExecuted()).isFalse();
        assertThat(bodies).hasValue(1);
    }
}
