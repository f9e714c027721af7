package org.waymark.benchmark;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks' browser ({@link PortalBrowser}) and the load test (src/load/java) read
 * from Vaadin's answers: the UI's token, ids and push id from the bootstrap, the sync and client
 * ids from each UIDL answer, and the grid updates the client must confirm.
 */
public final class VaadinAnswers {

    public static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    public static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    public static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    public static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    public static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    public static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    /** A grid's data update the client confirms, as the web component's connector does: node, update id. */
    public static final Pattern GRID_CONFIRM =
            Pattern.compile("\\[\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"\\]");

    private VaadinAnswers() {
    }

    /** The first group of the pattern's first match. */
    public static Optional<String> first(Pattern pattern, String answer) {
        Matcher m = pattern.matcher(answer);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first group of the pattern's last match (the sync id comes last in an answer). */
    public static Optional<String> last(Pattern pattern, String answer) {
        Matcher m = pattern.matcher(answer);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return Optional.ofNullable(found);
    }
}
