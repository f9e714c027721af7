package org.waymark.descriptors.domain;

/** What a pupil at one level column looks like for one key theme. */
public record Descriptor(String themeCode, String levelCode, String text) {
}
