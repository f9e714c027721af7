package org.waymark.notifications.service;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.waymark.security.domain.Role;

/**
 * The accounts a step will send notices to, each with the role it is told in (the first role
 * given wins for someone reached twice). A sender builds it from the same lists it sends to, so
 * that what a confirmation says ({@link NoticeService#told}) is what will happen.
 */
public final class Audience {

    private final Map<String, Role> members = new LinkedHashMap<>();

    public static Audience of() {
        return new Audience();
    }

    /** Adds the accounts told in this role. */
    public Audience add(Role role, Collection<String> usernames) {
        usernames.forEach(u -> members.putIfAbsent(u, role));
        return this;
    }

    /** Adds everyone another audience holds. */
    public Audience add(Audience other) {
        other.members.forEach(members::putIfAbsent);
        return this;
    }

    /** Login name to role, in the order added. */
    public Map<String, Role> members() {
        return Collections.unmodifiableMap(members);
    }
}
