package org.waymark.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's live heap after full collections, read with the JDK's {@code jcmd} (GC.run, then
 * GC.heap_info): once before the users arrive and once when they are all still signed in at the
 * end, so the difference divided by the users is the memory a signed-in user's session holds.
 */
final class ServerHeap {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private ServerHeap() {
    }

    /** Live heap in KB after full collections, if the portal's process and jcmd can be found. */
    static Optional<Long> liveKb(Optional<ProcessHandle> server) {
        Optional<Path> jcmd = ProcessHandle.current().info().command()
                .map(java -> Path.of(java).resolveSibling("jcmd"));
        if (server.isEmpty() || jcmd.isEmpty()) {
            return Optional.empty();
        }
        String pid = String.valueOf(server.get().pid());
        try {
            for (int i = 0; i < 3; i++) {
                run(jcmd.get(), pid, "GC.run");
            }
            Matcher used = USED.matcher(run(jcmd.get(), pid, "GC.heap_info"));
            return used.find() ? Optional.of(Long.parseLong(used.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String run(Path jcmd, String pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd.toString(), pid, command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
