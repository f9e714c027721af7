package org.waymark.aln.domain;

/**
 * Who has the duty to decide whether a pupil has ALN: the school, or — for a case referred to it
 * and taken on, or that it was asked to decide and found the school not best placed — the
 * authority.
 */
public enum Decider {
    SCHOOL,
    AUTHORITY
}
