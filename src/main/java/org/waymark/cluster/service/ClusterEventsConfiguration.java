package org.waymark.cluster.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.waymark.cluster.domain.UiSignal;

import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Chooses how UI signals reach other nodes (DD016, application.properties "Several nodes"):
 * {@code waymark.cluster.events=local} (the default: one node, nothing started) or
 * {@code hazelcast} (an embedded Hazelcast member joining the listed members over TCP; no multicast).
 */
@Configuration(proxyBeanMethods = false)
class ClusterEventsConfiguration {

    /** The topic every node publishes its UI signals on. */
    static final String TOPIC = "waymark-ui-signals";

    @Bean
    SignalTransport signalTransport(@Value("${waymark.cluster.events:local}") String mode,
                                    @Value("${waymark.cluster.name:waymark}") String name,
                                    @Value("${waymark.cluster.port:5701}") int port,
                                    @Value("${waymark.cluster.members:127.0.0.1}") String members,
                                    ApplicationEventPublisher events, MeterRegistry meters) {
        return switch (mode) {
            case "local" -> new LocalTransport();
            // the relay is timed against the system clock, as Hazelcast stamps a message's publication:
            // not the portal's Clock, which waymark.clock.start may have moved (differently on each node)
            case "hazelcast" -> new HazelcastTransport(Hazelcast.newHazelcastInstance(
                    hazelcastConfig(name, port, list(members))), events, meters, Clock.systemUTC());
            default -> throw new IllegalStateException(
                    "waymark.cluster.events must be local or hazelcast, not '" + mode + "'");
        };
    }

    static Config hazelcastConfig(String name, int port, List<String> members) {
        Config config = new Config();
        config.setClusterName(name);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        // the portal's own health is Actuator's; Hazelcast's monitor only repeats the machine's load
        config.setProperty("hazelcast.health.monitoring.level", "OFF");
        // Spring stops the member (HazelcastTransport.close) after the web server has drained
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members);
        // signals are Java-serialised records: accept only the portal's own classes from the wire
        JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig();
        filter.getWhitelist().addPrefixes("org.waymark.");
        config.getSerializationConfig().setJavaSerializationFilterConfig(filter);
        return config;
    }

    private static List<String> list(String members) {
        return Arrays.stream(members.split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList();
    }

    /** One node: the signal already reached this node's pages as an application event. */
    static final class LocalTransport implements SignalTransport {

        @Override
        public void send(UiSignal signal) {
            // nothing else to reach
        }

        @Override
        public int nodes() {
            return 1;
        }
    }

    /**
     * Hazelcast's topic: every member gets each message; a member ignores its own. Each signal from
     * another node is timed from its publication there to its arrival here
     * ({@code waymark.cluster.signal.relay}, docs/operations.md "Metrics"): the relay's share of a
     * decision pushed across nodes, apart from the save before it and the redraw after it. The two
     * ends read two machines' clocks, so the figure carries their difference (NTP keeps it to
     * milliseconds).
     */
    static final class HazelcastTransport implements SignalTransport, AutoCloseable {

        private final HazelcastInstance hazelcast;
        private final com.hazelcast.topic.ITopic<UiSignal> topic;

        HazelcastTransport(HazelcastInstance hazelcast, ApplicationEventPublisher events, MeterRegistry meters,
                           Clock clock) {
            this.hazelcast = hazelcast;
            this.topic = hazelcast.getTopic(TOPIC);
            Timer relay = Timer.builder("waymark.cluster.signal.relay")
                    .description("from a UI signal's publication on another node to its arrival on this one")
                    .publishPercentileHistogram().register(meters);
            topic.addMessageListener(message -> {
                var from = message.getPublishingMember();
                if (from != null && from.localMember()) {
                    return;
                }
                if (message.getPublishTime() > 0) {
                    relay.record(Math.max(0, clock.millis() - message.getPublishTime()), TimeUnit.MILLISECONDS);
                }
                events.publishEvent(new org.waymark.cluster.domain.RemoteSignal(message.getMessageObject(),
                        from == null ? "?" : from.getAddress().toString()));
            });
        }

        @Override
        public void send(UiSignal signal) {
            topic.publish(signal);
        }

        @Override
        public int nodes() {
            return hazelcast.getCluster().getMembers().size();
        }

        @Override
        public void close() {
            hazelcast.shutdown();
        }
    }
}
