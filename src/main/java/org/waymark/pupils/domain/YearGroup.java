package org.waymark.pupils.domain;

import java.util.Arrays;
import java.util.List;

import org.waymark.base.domain.Nation;

/**
 * Year groups: nursery, reception and Years 1–14 in England and Wales; early learning and
 * childcare, P1–P7 and S1–S6 in Scotland. Each knows the age a pupil typically is at the start
 * of the school year, which the date-of-birth check compares against.
 */
public enum YearGroup {
    N1(false, 2), N2(false, 3), R(false, 4),
    Y1(false, 5), Y2(false, 6), Y3(false, 7), Y4(false, 8), Y5(false, 9), Y6(false, 10), Y7(false, 11),
    Y8(false, 12), Y9(false, 13), Y10(false, 14), Y11(false, 15), Y12(false, 16), Y13(false, 17), Y14(false, 18),
    ELC(true, 3),
    P1(true, 5), P2(true, 6), P3(true, 7), P4(true, 8), P5(true, 9), P6(true, 10), P7(true, 11),
    S1(true, 12), S2(true, 13), S3(true, 14), S4(true, 15), S5(true, 16), S6(true, 17);

    private final boolean scottish;
    private final int typicalAge;

    YearGroup(boolean scottish, int typicalAge) {
        this.scottish = scottish;
        this.typicalAge = typicalAge;
    }

    public boolean appliesTo(Nation nation) {
        return scottish == (nation == Nation.SCOTLAND);
    }

    /** Age in whole years at the start of the school year for most pupils in this year group. */
    public int typicalAge() {
        return typicalAge;
    }

    /** Sort position: younger year groups first. */
    public int rank() {
        return ordinal();
    }

    public static List<YearGroup> forNation(Nation nation) {
        return Arrays.stream(values()).filter(y -> y.appliesTo(nation)).toList();
    }
}
