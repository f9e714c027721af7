package org.waymark.plans.domain;

/** The type of school or institution named in section I of an EHC plan. */
public enum PlacementType {
    MAINSTREAM,
    RESOURCED_PROVISION,
    SPECIAL_SCHOOL,
    INDEPENDENT_SPECIAL,
    EARLY_YEARS,
    FURTHER_EDUCATION,
    OTHER
}
