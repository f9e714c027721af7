package org.waymark.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link PortalSimulation} in this JVM against the portal that {@code ./mvnw -Pload verify}
 * started (failsafe's integration-test phase, between the portal's start and stop), so a missed
 * target fails the build only after the portal has been stopped.
 */
class PortalLoadIT {

    @Test
    void users_on_their_journeys_meet_the_targets() {
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", PortalSimulation.class.getName(),
                "--results-folder", System.getProperty("load.results", "target/gatling")});
        assertThat(status).as("Gatling's assertions: p95 < 300 ms, p99 < 1 s, no failed request (see its report)")
                .isZero();
        // against a cluster (-Dload.cluster): issue 21's push target, as the users see it (target/load/server-use.md)
        PortalSimulation.lastProbe.ifPresent(probe -> {
            assertThat(probe.failed()).as("failed push samples").isZero();
            assertThat(probe.samples()).as("push samples").isGreaterThanOrEqualTo(30);
            assertThat(probe.p95().orElseThrow()).as("p95 of a decision pushed from node 1 to node 2 (ms)")
                    .isLessThan(500);
        });
    }
}
