package org.waymark.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's live heap, counted by the JDK's class histogram ({@code jcmd GC.class_histogram}: a
 * full collection, then the live objects by class): once before the users arrive and once while
 * they are all at work, so the difference divided by the users is the memory a signed-in user's
 * session and connections hold, and the histograms say which classes it is made of.
 */
final class ServerHeap {

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)", Pattern.MULTILINE);

    /** A histogram line: {@code rank: instances bytes class-name (module)}. */
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    private ServerHeap() {
    }

    /** The live objects' class histogram, if the portal's process and jcmd can be found. */
    static Optional<String> histogram(Optional<ProcessHandle> server) {
        Optional<Path> jcmd = ProcessHandle.current().info().command()
                .map(java -> Path.of(java).resolveSibling("jcmd"));
        if (server.isEmpty() || jcmd.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(jcmd.get(), String.valueOf(server.get().pid()), "GC.class_histogram"));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The live heap in KB that a class histogram counted (its {@code Total} line). Unlike the heap's
     * "used" after a collection, it holds while the portal is busy: the histogram counts live objects
     * at one safepoint, where "used" read a moment after a full collection already includes what the
     * requests allocated since (a 300-user run read 643 KB a user that way, against about 250 counted).
     */
    static Optional<Long> totalKb(String histogram) {
        Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
        return total.find() ? Optional.of(Long.parseLong(total.group(2)) / 1024) : Optional.empty();
    }

    /** The {@code top} classes whose live bytes grew most from one histogram to the other, per user, as a table. */
    static String growth(String before, String after, int users, int top) {
        Map<String, long[]> was = counts(before);
        Map<String, long[]> now = counts(after);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n| class (live objects, end minus before the users) | objects per user | bytes per user |%n|---|---|---|%n"));
        now.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - was.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - was.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(top)
                .forEach(e -> table.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f |%n", e.getKey(),
                        e.getValue()[0] / (double) users, e.getValue()[1] / (double) users)));
        return table.toString();
    }

    private static Map<String, long[]> counts(String histogram) {
        Map<String, long[]> counts = new HashMap<>();
        Matcher line = HISTOGRAM_LINE.matcher(histogram);
        while (line.find()) {
            counts.merge(line.group(3), new long[] {Long.parseLong(line.group(1)), Long.parseLong(line.group(2))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return counts;
    }

    private static String run(Path jcmd, String pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd.toString(), pid, command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
