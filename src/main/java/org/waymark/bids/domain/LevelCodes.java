package org.waymark.bids.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a level column's code says about the route a bid takes: AFN is decided by the family;
 * HLN levels (HLN1, HLN2, HLN3) need family moderation, the Family SENCO's countersignature and
 * an authority panel; CORE is what every school provides and cannot be asked for.
 */
public final class LevelCodes {

    public static final String CORE = "CORE";
    public static final String AFN = "AFN";

    private LevelCodes() {
    }

    public static boolean isHighNeeds(@Nullable String code) {
        return code != null && code.startsWith("HLN");
    }

    public static boolean isTopUp(@Nullable String code) {
        return AFN.equals(code) || isHighNeeds(code);
    }
}
