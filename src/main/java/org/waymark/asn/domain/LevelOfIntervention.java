package org.waymark.asn.domain;

import org.jspecify.annotations.Nullable;

/**
 * The level of intervention a pupil's stage of the staged intervention framework stands for, as
 * the export to the national pupil records system names it: stage 1 support within the class
 * (universal), stage 2 additional support the school arranges (targeted), stage 3 support from
 * beyond the school — the authority's services or other agencies (specialist).
 */
public enum LevelOfIntervention {
    UNIVERSAL,
    TARGETED,
    SPECIALIST;

    /** The level for a stage; null when no stage is recorded (or a stage that does not exist). */
    public static @Nullable LevelOfIntervention ofStage(@Nullable Integer stage) {
        if (stage == null) {
            return null;
        }
        return switch (stage) {
            case 1 -> UNIVERSAL;
            case 2 -> TARGETED;
            case 3 -> SPECIALIST;
            default -> null;
        };
    }
}
