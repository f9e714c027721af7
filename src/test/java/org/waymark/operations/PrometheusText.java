package org.waymark.operations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a node's Prometheus text in tests and the load test. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** The sum of one series' samples over all its tag sets (0 when it has none yet). */
    public static double sum(String prometheus, String name) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE)
                .matcher(prometheus);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(2));
        }
        return total;
    }
}
