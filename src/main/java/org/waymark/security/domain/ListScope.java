package org.waymark.security.domain;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The rows of a pupil list a user may see, as a restriction queries apply in SQL: nothing,
 * the user's own children, one school, one family or one authority.
 *
 * @param historyFrom for a {@link Kind#SCHOOL} scope of school staff: the school reaches the
 *                    pupils enrolled there now and those whose spell there ended on or after this
 *                    day (the read-only history period, issue 20 point 9, DD014); a pupil who left
 *                    before it is not listed at all. Null: every pupil whose school of record it is
 *                    (an authority's per-school query).
 */
public record ListScope(Kind kind, Set<Long> ids, @Nullable LocalDate historyFrom) {

    public enum Kind { NONE, CHILDREN, SCHOOL, FAMILY, AUTHORITY }

    public ListScope {
        ids = Set.copyOf(ids);
    }

    /** A scope without a history period (see {@link #historyFrom}). */
    public ListScope(Kind kind, Set<Long> ids) {
        this(kind, ids, null);
    }

    /** The same scope without its history period: what the reader's schools hold now (reports of current provision). */
    public ListScope current() {
        return new ListScope(kind, ids);
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
