package org.waymark.descriptors.domain;

import java.util.Arrays;
import java.util.List;

/**
 * An area of need with the level columns it has (space-separated codes, lowest first: one area
 * may have fewer columns than another). {@code behaviour} marks areas where a school should have
 * asked its behaviour partnership before bidding.
 */
public record FrameworkArea(String code, String name, String levelColumns, boolean behaviour) {

    public List<String> columns() {
        return levelColumns.isBlank() ? List.of() : Arrays.asList(levelColumns.trim().split("\\s+"));
    }
}
