package org.waymark.ras.domain;

import org.waymark.pupils.domain.YearGroup;

/**
 * England's stages as the RAS plans to them: early years (nursery, reception), key stage 1 (Years
 * 1–2), 2 (3–6), 3 (7–9), 4 (10–11) and post-16 (12–14). A pupil in the last year of a stage
 * is before a key-stage transition: their annual review re-scores the RAS for the next stage.
 */
public final class KeyStages {

    private KeyStages() {
    }

    /** The stage a year group is in: EY, KS1, KS2, KS3, KS4 or KS5. */
    public static String of(YearGroup year) {
        return switch (year) {
            case N1, N2, R -> "EY";
            case Y1, Y2 -> "KS1";
            case Y3, Y4, Y5, Y6 -> "KS2";
            case Y7, Y8, Y9 -> "KS3";
            case Y10, Y11 -> "KS4";
            case Y12, Y13, Y14 -> "KS5";
            default -> throw new IllegalArgumentException("Not an English year group: " + year);
        };
    }

    /** Whether the year group is the last of its stage (a transition follows it). */
    public static boolean beforeTransition(YearGroup year) {
        return year == YearGroup.R || year == YearGroup.Y2 || year == YearGroup.Y6 || year == YearGroup.Y9
                || year == YearGroup.Y11;
    }

    /** The stage a case plans to: the next one for an annual review before a transition, else the current one. */
    public static String plannedFor(YearGroup year, RasCaseKind kind) {
        if (kind == RasCaseKind.ANNUAL_REVIEW && beforeTransition(year)) {
            return switch (year) {
                case R -> "KS1";
                case Y2 -> "KS2";
                case Y6 -> "KS3";
                case Y9 -> "KS4";
                default -> "KS5";
            };
        }
        return of(year);
    }
}
