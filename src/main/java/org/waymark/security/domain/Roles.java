package org.waymark.security.domain;

/**
 * Role names as compile-time constants for {@code @RolesAllowed} and {@code @PreAuthorize}.
 * They must match {@link Role}'s constant names (a unit test checks it).
 */
public final class Roles {

    public static final String SCHOOL_SENCO = "SCHOOL_SENCO";
    public static final String HEAD_TEACHER = "HEAD_TEACHER";
    public static final String FAMILY_SENCO = "FAMILY_SENCO";
    public static final String CASEWORKER = "CASEWORKER";
    public static final String LEAD_SEND_COORDINATOR = "LEAD_SEND_COORDINATOR";
    public static final String SEND_TEAM_LEADER = "SEND_TEAM_LEADER";
    public static final String PERSONALISATION_OFFICER = "PERSONALISATION_OFFICER";
    public static final String EDUCATION_SUPPORT_OFFICER = "EDUCATION_SUPPORT_OFFICER";
    public static final String INCLUSION_TEAM = "INCLUSION_TEAM";
    public static final String FINANCE_OFFICER = "FINANCE_OFFICER";
    public static final String PANEL_MEMBER = "PANEL_MEMBER";
    public static final String LA_ADMIN = "LA_ADMIN";
    public static final String DATA_PROTECTION_OFFICER = "DATA_PROTECTION_OFFICER";
    public static final String PARENT = "PARENT";

    /** SpEL for services: any staff role that may read pupil records within its scope. */
    public static final String STAFF_READING_PUPILS = "hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER','FAMILY_SENCO',"
            + "'CASEWORKER','LEAD_SEND_COORDINATOR','SEND_TEAM_LEADER','PERSONALISATION_OFFICER','EDUCATION_SUPPORT_OFFICER',"
            + "'INCLUSION_TEAM','FINANCE_OFFICER')";

    /** SpEL for services: staff who read pupils, and parents (the policy narrows them to their own child). */
    public static final String PUPIL_READERS = "hasAnyRole('SCHOOL_SENCO','HEAD_TEACHER','FAMILY_SENCO',"
            + "'CASEWORKER','LEAD_SEND_COORDINATOR','SEND_TEAM_LEADER','PERSONALISATION_OFFICER','EDUCATION_SUPPORT_OFFICER',"
            + "'INCLUSION_TEAM','FINANCE_OFFICER','PARENT')";

    private Roles() {
    }
}
