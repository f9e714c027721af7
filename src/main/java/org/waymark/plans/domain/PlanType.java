package org.waymark.plans.domain;

import java.util.Arrays;
import java.util.List;

import org.waymark.base.domain.Nation;

/**
 * The plan frameworks of the three nations. Whether the authority or the school maintains a
 * plan decides who may write it.
 */
public enum PlanType {
    /** England: Education, Health and Care Plan, maintained by the authority. */
    EHCP(Nation.ENGLAND, true),
    /** England: SEN support plan, kept by the school. */
    SEN_SUPPORT(Nation.ENGLAND, false),
    /** Wales: Individual Development Plan maintained by the school. */
    IDP_SCHOOL(Nation.WALES, false),
    /** Wales: Individual Development Plan maintained by the authority. */
    IDP_LA(Nation.WALES, true),
    /** Scotland: Child's Plan, kept by the school with the named person. */
    CHILDS_PLAN(Nation.SCOTLAND, false),
    /** Scotland: Co-ordinated Support Plan, a statutory plan of the authority. */
    CSP(Nation.SCOTLAND, true);

    private final Nation nation;
    private final boolean maintainedByAuthority;

    PlanType(Nation nation, boolean maintainedByAuthority) {
        this.nation = nation;
        this.maintainedByAuthority = maintainedByAuthority;
    }

    public Nation nation() {
        return nation;
    }

    public boolean maintainedByAuthority() {
        return maintainedByAuthority;
    }

    public static List<PlanType> forNation(Nation nation) {
        return Arrays.stream(values()).filter(t -> t.nation == nation).toList();
    }
}
