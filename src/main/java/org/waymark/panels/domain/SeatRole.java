package org.waymark.panels.domain;

/** The chair and the group manager may make interim decisions outside a panel. */
public enum SeatRole {
    CHAIR, GROUP_MANAGER, MEMBER;

    public boolean mayDecideInterim() {
        return this == CHAIR || this == GROUP_MANAGER;
    }
}
