package org.waymark.organisation.domain;

/** Who runs a school: the authority (maintained) or an academy trust. */
public enum Governance {
    MAINTAINED,
    ACADEMY
}
