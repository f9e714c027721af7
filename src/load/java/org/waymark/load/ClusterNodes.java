package org.waymark.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.waymark.operations.PrometheusText;

/**
 * The nodes of a cluster that {@code deploy/cluster.sh start N} started ({@code -Dload.cluster=<its
 * run directory>}, target/cluster by default there): each node's process (from {@code nodeI.pid}) and
 * its own address and its management address (from the {@code server nodeI 127.0.0.1:PORT check port
 * MANAGEMENT} lines of the haproxy.cfg it wrote; without a check port, metrics on the node's own port).
 * Each node's Prometheus metrics are read when the nodes were started with a scrape password
 * ({@code WAYMARK_METRICS_PASSWORD} in this process's environment too).
 */
final class ClusterNodes {

    /** One node: its name (node1, …), process if still running, its own base address and its management address. */
    record Node(String name, Optional<ProcessHandle> process, URI base, URI management) {

        /** The node's Prometheus text, if a scrape password is known and the node answers. */
        Optional<String> metrics() {
            String password = System.getenv().getOrDefault("WAYMARK_METRICS_PASSWORD", "");
            if (password.isEmpty()) {
                return Optional.empty();
            }
            String user = System.getenv().getOrDefault("WAYMARK_METRICS_USER", "prometheus");
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(management.resolve("/actuator/prometheus"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        /** The sum of a Prometheus meter's samples (all tag sets), if the metrics could be read. */
        Optional<Double> meter(String name) {
            return metrics().map(text -> PrometheusText.sum(text, name));
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SERVER = Pattern.compile(
            "^\\s*server (node\\d+) ([\\d.]+):(\\d+)(?: check port (\\d+))?", Pattern.MULTILINE);

    private ClusterNodes() {
    }

    /** The run directory given by {@code load.cluster}, if this run is against a cluster. */
    static Optional<Path> runDirectory() {
        String dir = System.getProperty("load.cluster", "");
        return dir.isBlank() || dir.startsWith("${") ? Optional.empty() : Optional.of(Path.of(dir));
    }

    static List<Node> of(Path run) {
        try {
            String config = Files.readString(run.resolve("haproxy.cfg"));
            List<Node> nodes = new ArrayList<>();
            Matcher m = SERVER.matcher(config);
            while (m.find()) {
                String name = m.group(1);
                Path pidFile = run.resolve(name + ".pid");
                Optional<ProcessHandle> process = Files.exists(pidFile)
                        ? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())) : Optional.empty();
                nodes.add(new Node(name, process, URI.create("http://" + m.group(2) + ":" + m.group(3)),
                        URI.create("http://" + m.group(2) + ":" + (m.group(4) == null ? m.group(3) : m.group(4)))));
            }
            if (nodes.isEmpty()) {
                throw new IllegalStateException("no server lines in " + run.resolve("haproxy.cfg"));
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException("not a deploy/cluster.sh run directory: " + run, e);
        }
    }
}
