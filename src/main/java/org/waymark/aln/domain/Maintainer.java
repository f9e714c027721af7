package org.waymark.aln.domain;

import org.waymark.plans.domain.PlanType;

/** Who prepares and maintains a pupil's IDP: the school, or the local authority. */
public enum Maintainer {
    SCHOOL(PlanType.IDP_SCHOOL),
    AUTHORITY(PlanType.IDP_LA);

    private final PlanType planType;

    Maintainer(PlanType planType) {
        this.planType = planType;
    }

    /** The plan type of the IDP this maintainer keeps: who may edit it follows from it. */
    public PlanType planType() {
        return planType;
    }
}
