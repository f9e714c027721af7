package org.waymark.aln.domain;

/**
 * A referral: being prepared by the school (its 20-school-day clock running), sent to (or received
 * by) the authority, or decided.
 */
public enum ReferralStatus {
    PREPARING,
    SENT,
    DECIDED
}
