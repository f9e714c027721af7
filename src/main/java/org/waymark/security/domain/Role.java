package org.waymark.security.domain;

import java.util.EnumSet;
import java.util.Set;

/** The roles of SPEC §1. Each role's data scope is decided by the access policy. */
public enum Role {
    SCHOOL_SENCO(Reach.SCHOOL),
    HEAD_TEACHER(Reach.SCHOOL),
    FAMILY_SENCO(Reach.FAMILY),
    CASEWORKER(Reach.AUTHORITY),
    LEAD_SEND_COORDINATOR(Reach.AUTHORITY),
    /** England: leads the SEND casework team — sees every EHC needs assessment and re-assigns cases. */
    SEND_TEAM_LEADER(Reach.AUTHORITY),
    PERSONALISATION_OFFICER(Reach.AUTHORITY),
    EDUCATION_SUPPORT_OFFICER(Reach.AUTHORITY),
    INCLUSION_TEAM(Reach.AUTHORITY),
    FINANCE_OFFICER(Reach.AUTHORITY),
    /** Sees only the cases put before a panel, never the pupil register as a whole. */
    PANEL_MEMBER(Reach.NONE),
    /** Configures the authority; no access to pupils' records. */
    LA_ADMIN(Reach.NONE),
    /** Reads the authority's access log (who read or changed a child's record) and checks the audit chain; no pupil records (DD013). */
    DATA_PROTECTION_OFFICER(Reach.NONE),
    PARENT(Reach.OWN_CHILDREN);

    /** How far a role's read access to pupil records reaches. */
    public enum Reach { NONE, OWN_CHILDREN, SCHOOL, FAMILY, AUTHORITY }

    private final Reach reach;

    Role(Reach reach) {
        this.reach = reach;
    }

    public Reach reach() {
        return reach;
    }

    /**
     * Whether holding this role makes two-step sign-in compulsory (DD012): the authority's roles,
     * panel members, family SENCOs, administrators and data protection officers, who reach many
     * children's records (the officer reads who saw them). School staff and parents may choose it.
     */
    public boolean requiresTwoStep() {
        return reach == Reach.AUTHORITY || reach == Reach.FAMILY || this == PANEL_MEMBER || this == LA_ADMIN
                || this == DATA_PROTECTION_OFFICER;
    }

    public static Set<Role> staffReadingPupils() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.reach == Reach.SCHOOL || role.reach == Reach.FAMILY || role.reach == Reach.AUTHORITY) {
                roles.add(role);
            }
        }
        return roles;
    }
}
