package org.waymark.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link PortalSimulation} in this JVM against the portal that {@code ./mvnw -Pload verify}
 * started (failsafe's integration-test phase, between the portal's start and stop), so a missed
 * target fails the build only after the portal has been stopped. {@link WarmUpSimulation} runs
 * first unless {@code -Dload.warmup=false}. A missed target's message carries the run's figures,
 * its slowest requests and its errors (from Gatling's report).
 */
class PortalLoadIT {

    private static final Path RESULTS = Path.of(System.getProperty("load.results", "target/gatling"));

    @Test
    void users_on_their_journeys_meet_the_targets() {
        if (Boolean.parseBoolean(System.getProperty("load.warmup", "true"))) {
            // not asserted: its figures include the JVM's start-up (see WarmUpSimulation)
            gatling(WarmUpSimulation.class);
        }
        int status = gatling(PortalSimulation.class);
        assertThat(status).as(() -> "Gatling's assertions: p95 < 300 ms, p99 < 1 s, no failed request. "
                + GatlingReport.newest(RESULTS, PortalSimulation.class.getSimpleName()).map(r -> r.summary(5))
                        .orElse("(no report)")).isZero();
        // against a cluster (-Dload.cluster): issue 21's push target, as the users see it (target/load/server-use.md)
        PortalSimulation.lastProbe.ifPresent(probe -> {
            assertThat(probe.failed()).as("failed push samples").isZero();
            assertThat(probe.samples()).as("push samples").isGreaterThanOrEqualTo(30);
            assertThat(probe.p95().orElseThrow()).as("p95 of a decision pushed from node 1 to node 2 (ms)")
                    .isLessThan(500);
        });
    }

    private static int gatling(Class<?> simulation) {
        return io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", simulation.getName(), "--results-folder", RESULTS.toString()});
    }
}
