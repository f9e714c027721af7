package org.waymark.cluster.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.waymark.cluster.domain.RemoteSignal;
import org.waymark.cluster.domain.UiSignal;
import org.waymark.moderation.service.MeetingChanged;

import com.hazelcast.core.Hazelcast;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Two embedded Hazelcast members in one JVM, configured as the portal configures them (TCP member
 * list, no multicast): a signal sent on one arrives on the other as a RemoteSignal, exactly once,
 * and never comes back to the node that sent it; the node it reaches times its relay.
 */
class HazelcastTransportTest {

    @Test
    void a_signal_sent_on_one_node_reaches_the_other_once_and_not_itself() throws Exception {
        int portA = freePort();
        int portB = freePort();
        List<String> members = List.of("127.0.0.1:" + portA, "127.0.0.1:" + portB);
        String cluster = "waymark-test-" + portA;
        BlockingQueue<Object> atA = new LinkedBlockingQueue<>();
        BlockingQueue<Object> atB = new LinkedBlockingQueue<>();
        SimpleMeterRegistry metersA = new SimpleMeterRegistry();
        SimpleMeterRegistry metersB = new SimpleMeterRegistry();
        try (var a = new ClusterEventsConfiguration.HazelcastTransport(Hazelcast.newHazelcastInstance(
                ClusterEventsConfiguration.hazelcastConfig(cluster, portA, members)), atA::add, metersA,
                Clock.systemUTC());
             var b = new ClusterEventsConfiguration.HazelcastTransport(Hazelcast.newHazelcastInstance(
                ClusterEventsConfiguration.hazelcastConfig(cluster, portB, members)), atB::add, metersB,
                Clock.systemUTC())) {
            assertThat(a.nodes()).isEqualTo(2);
            assertThat(metersB.timer("waymark.cluster.signal.relay").count()).isZero();

            a.send(new MeetingChanged(4711));

            Object received = atB.poll(10, TimeUnit.SECONDS);
            assertThat(received).isInstanceOf(RemoteSignal.class);
            UiSignal signal = ((RemoteSignal) received).signal();
            assertThat(signal).isEqualTo(new MeetingChanged(4711));
            assertThat(((RemoteSignal) received).from()).contains(String.valueOf(portA));
            // timed where it arrived, not where it was sent
            assertThat(metersB.timer("waymark.cluster.signal.relay").count()).isEqualTo(1);
            assertThat(metersA.timer("waymark.cluster.signal.relay").count()).isZero();

            b.send(new MeetingChanged(42));
            Object back = atA.poll(10, TimeUnit.SECONDS);
            assertThat(back).isInstanceOf(RemoteSignal.class);
            assertThat(((RemoteSignal) back).signal()).isEqualTo(new MeetingChanged(42));

            // each node got exactly the other's signal: nothing of its own, nothing twice
            Thread.sleep(500);
            assertThat(atA).isEmpty();
            assertThat(atB).isEmpty();
            assertThat(metersA.timer("waymark.cluster.signal.relay").count()).isEqualTo(1);
            assertThat(metersB.timer("waymark.cluster.signal.relay").count()).isEqualTo(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
