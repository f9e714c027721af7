package org.waymark.descriptors.domain;

/** A key theme of an area of need. */
public record FrameworkTheme(String areaCode, String code, String name) {
}
