package org.waymark.descriptors.domain;

/**
 * What a pupil at one level column looks like for one key theme. Real matrices leave some cells
 * blank on purpose: a cell marked "no descriptor at this level" is a descriptor with empty text
 * ({@link #none}), distinct from a cell that is missing altogether (which an import refuses).
 */
public record Descriptor(String themeCode, String levelCode, String text) {

    /** The cell of a theme that has no descriptor at this level column (marked so, not forgotten). */
    public static Descriptor none(String themeCode, String levelCode) {
        return new Descriptor(themeCode, levelCode, "");
    }

    /** Whether this cell is marked "no descriptor at this level". */
    public boolean isNone() {
        return text.isEmpty();
    }
}
