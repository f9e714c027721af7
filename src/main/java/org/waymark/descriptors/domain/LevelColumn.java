package org.waymark.descriptors.domain;

import java.util.List;
import java.util.Optional;

/**
 * The level columns a descriptor framework may use, lowest first. Descriptors are cumulative: a
 * pupil placed in one column meets the descriptors of the columns before it.
 */
public final class LevelColumn {

    public static final List<String> ORDER = List.of("CORE", "AFN", "HLN1", "HLN2", "HLN3");

    private LevelColumn() {
    }

    public static boolean known(String code) {
        return ORDER.contains(code);
    }

    public static int rank(String code) {
        int rank = ORDER.indexOf(code);
        if (rank < 0) {
            throw new IllegalArgumentException("Unknown level column " + code);
        }
        return rank;
    }

    public static Optional<String> highest(List<String> codes) {
        return codes.stream().max((a, b) -> Integer.compare(rank(a), rank(b)));
    }
}
