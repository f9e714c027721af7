package org.waymark.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Before the measured run ({@link PortalLoadIT}, unless {@code -Dload.warmup=false}): one user of
 * each role goes once round the role's journey, after the meeting day has been prepared, so that
 * the measured run finds the portal as a node that has been serving for a while does — its
 * classes loaded, its code compiled, its caches and connection pool filled. Without it, the first
 * request to each page in a short run (CI's 8 users, about 180 requests) falls in the measured
 * p95 and p99 with the JVM's start-up costs, which are not the users' steady experience. Its
 * figures are reported (target/gatling, warmupsimulation-*) but not asserted.
 */
public class WarmUpSimulation extends Simulation {

    {
        setUp(scenario("Warm-up: meeting day").exec(Journeys.meetingDay()).injectOpen(atOnceUsers(1)).andThen(
                once("Warm-up: school SENCO", "senco", Journeys.schoolSenco()),
                once("Warm-up: LA caseworker", "caseworker", Journeys.laOfficer()),
                once("Warm-up: parent", "parent", Journeys.parent()),
                once("Warm-up: Family SENCO", "family.senco", Journeys.familySenco())))
                .protocols(PortalSimulation.protocol());
    }

    private static PopulationBuilder once(String name, String username, ChainBuilder journey) {
        return scenario(name).exec(Steps.signIn(username), journey, Steps.signOut()).injectOpen(atOnceUsers(1));
    }
}
