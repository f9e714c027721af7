package org.waymark.plans.domain;

/** The authority's decision after an EHC plan's annual review meeting (SEND Regulations 2014, reg 20(10)). */
public enum ReviewDecision {
    /** Keep the plan as it is. */
    MAINTAIN,
    /** Amend it: proposed amendments go to the parents, then the amended plan is issued. */
    AMEND,
    /** Stop maintaining it. */
    CEASE
}
