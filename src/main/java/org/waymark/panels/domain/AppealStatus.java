package org.waymark.panels.domain;

/** An appeal request: asked by the head teacher, then supported (or not) by the family, then heard. */
public enum AppealStatus {
    ASKED, SUPPORTED, NOT_SUPPORTED, LISTED, HEARD
}
