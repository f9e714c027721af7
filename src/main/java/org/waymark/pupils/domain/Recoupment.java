package org.waymark.pupils.domain;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.UkAuthorities;
import org.waymark.organisation.domain.UkAuthority;

/**
 * Which other authority pays for a pupil this authority funds (SPEC §3, §7: recoupment): the one
 * recorded as the pupil's home authority, or — for a looked-after child — the authority that
 * looks after them, which is the child's responsible authority wherever they live. So a child
 * looked after by this authority is never recouped, even when recorded as living in another; a
 * looked-after child with no authority recorded falls back to the home authority.
 * <p>
 * Both are codes from the UK reference list ({@link UkAuthorities}, issue 20 point 6). The
 * authority itself never counts as "other": the code equals its own code, or the listed name
 * (English or Welsh) reduces to its own name or Welsh name. The other authority is returned by
 * its English name, for the ledger, statements and virements to show in words, as before.
 */
public final class Recoupment {

    private Recoupment() {
    }

    /**
     * @param homeAuthority the code of the authority recorded as responsible for the pupil (null: this one)
     * @param lookedAfter   whether the pupil is a looked-after child
     * @param lookedAfterBy the code of the authority that looks after them
     * @param own           the authority whose school the pupil attends, which funds them
     * @return the other authority's name to recoup from, or null when the funding authority is responsible
     */
    public static @Nullable String from(@Nullable String homeAuthority, boolean lookedAfter,
                                        @Nullable String lookedAfterBy, LocalAuthority own) {
        String responsible = lookedAfter && !isBlank(lookedAfterBy) ? lookedAfterBy : homeAuthority;
        if (isBlank(responsible) || isOwn(responsible, own)) {
            return null;
        }
        return UkAuthorities.list().byCode(responsible).map(UkAuthority::name).orElse(responsible.strip());
    }

    /** Whether a listed authority (by code) is the authority itself: its code, name or Welsh name. */
    public static boolean isOwn(String code, LocalAuthority own) {
        if (code.strip().equalsIgnoreCase(own.getCode())) {
            return true;
        }
        Set<String> ownNames = Stream.of(own.getName(), own.getNameCy()).filter(n -> n != null && !n.isBlank())
                .map(UkAuthorities::key).collect(Collectors.toSet());
        return UkAuthorities.list().byCode(code)
                .map(a -> Stream.of(a.name(), a.nameCy()).anyMatch(n -> n != null && ownNames.contains(UkAuthorities.key(n))))
                .orElse(false);
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
