package org.waymark.ras.domain;

/** Where a costed plan goes (seed 004). */
public enum RasRoute {
    /** Within the indicative resource and under the sign-off limit: the lead SEND co-ordinator signs off. */
    LEAD_SIGN_OFF,
    /** Over the indicative resource or the limit: the case co-ordinator takes it to the SEND resource panel. */
    PANEL
}
