package org.waymark.panels.domain;

import java.util.Set;

import org.waymark.security.domain.Role;

/**
 * Who may sit in which capacity: a head teacher's seat needs a head teacher's account, a
 * SENCO's seat a school or Family SENCO's, an officer's seat an authority officer or panel
 * member. Administrators and parents never sit.
 */
public final class SeatEligibility {

    private SeatEligibility() {
    }

    public static boolean fits(SeatCapacity capacity, Set<Role> roles) {
        return switch (capacity) {
            case HEAD_TEACHER -> roles.contains(Role.HEAD_TEACHER);
            case SENCO -> roles.contains(Role.SCHOOL_SENCO) || roles.contains(Role.FAMILY_SENCO);
            case SENIOR_OFFICER, OFFICER -> roles.contains(Role.PANEL_MEMBER)
                    || roles.stream().anyMatch(r -> r.reach() == Role.Reach.AUTHORITY);
            case OTHER -> !roles.contains(Role.PARENT) && !roles.isEmpty();
        };
    }
}
