package org.waymark.aln.domain;

/** What the two-step test found: the pupil has additional learning needs, or not. */
public enum AlnOutcome {
    ALN,
    NO_ALN
}
