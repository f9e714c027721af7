package org.waymark.security.service;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The people named on a record, by the names they go by. Records keep the login names of those
 * who acted; a reader sees display names (an administrator also sees the login name, to find the
 * account). A login name with no account (a system job, an account since removed) reads as itself.
 */
public record People(Map<String, String> displayNames, boolean showLogins) {

    public static final People NONE = new People(Map.of(), false);

    public People {
        displayNames = Map.copyOf(displayNames);
    }

    /** The person's display name, or an empty string for nobody. */
    public String name(@Nullable String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        String display = displayNames.get(username);
        if (display == null || display.isBlank()) {
            return username;
        }
        return showLogins ? display + " (" + username + ")" : display;
    }
}
