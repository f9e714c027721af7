package org.waymark.security.domain;

import java.util.Set;

/**
 * The rows of a pupil list a user may see, as a restriction queries apply in SQL: nothing,
 * the user's own children, one school, one family or one authority.
 */
public record ListScope(Kind kind, Set<Long> ids) {

    public enum Kind { NONE, CHILDREN, SCHOOL, FAMILY, AUTHORITY }

    public ListScope {
        ids = Set.copyOf(ids);
    }

    public static ListScope none() {
        return new ListScope(Kind.NONE, Set.of());
    }

    public boolean isEmpty() {
        return kind == Kind.NONE || ids.isEmpty();
    }

    public long singleId() {
        return ids.iterator().next();
    }
}
