package org.waymark.asn.domain;

/** The second Education Support Officer's view of a mid-term request the lead officer assessed. */
public enum JointView {
    /** Agrees with the lead officer's assessment and hours. */
    AGREED,
    /** Recommends a variation: other hours than the lead officer's. */
    VARIATION,
    /** Recommends another form of support instead of assistant hours. */
    OTHER_SUPPORT
}
