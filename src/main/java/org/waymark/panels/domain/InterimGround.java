package org.waymark.panels.domain;

/** The exceptions for which the chair or group manager decides outside a panel (SPEC §6). */
public enum InterimGround {
    FROM_ANOTHER_AUTHORITY, SUDDEN_DETERIORATION, TRIBUNAL_ORDER
}
