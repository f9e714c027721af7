package org.waymark.pupils.domain;

import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.waymark.organisation.domain.LocalAuthority;

/**
 * Which other authority pays for a pupil this authority funds (SPEC §3, §7: recoupment): the one
 * whose name is recorded as the pupil's home authority, or — for a looked-after child — the
 * authority that looks after them, which is the child's responsible authority wherever they live.
 * So a child looked after by this authority is never recouped, even when recorded as living in
 * another; a looked-after child with no authority recorded falls back to the home authority.
 * <p>
 * The authority's own name, Welsh name or code never counts as "other": names are compared
 * trimmed and without regard to case, because they are typed by hand. The other authority is
 * returned as typed (trimmed), for the ledger, statements and virements to show in words.
 */
public final class Recoupment {

    private Recoupment() {
    }

    /**
     * @param homeAuthority the authority recorded as responsible for the pupil (blank: this one)
     * @param lookedAfter   whether the pupil is a looked-after child
     * @param lookedAfterBy the authority that looks after them
     * @param own           the authority whose school the pupil attends, which funds them
     * @return the other authority to recoup from, or null when the funding authority is responsible
     */
    public static @Nullable String from(@Nullable String homeAuthority, boolean lookedAfter,
                                        @Nullable String lookedAfterBy, LocalAuthority own) {
        String responsible = lookedAfter && !isBlank(lookedAfterBy) ? lookedAfterBy : homeAuthority;
        if (isBlank(responsible) || isOwn(responsible, own)) {
            return null;
        }
        return responsible.trim();
    }

    /** Whether a typed authority name is the authority itself: its name, Welsh name or code. */
    public static boolean isOwn(String typed, LocalAuthority own) {
        String wanted = normal(typed);
        return Stream.of(own.getName(), own.getNameCy(), own.getCode())
                .anyMatch(name -> name != null && normal(name).equals(wanted));
    }

    private static String normal(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
