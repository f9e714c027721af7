package org.waymark.aln.domain;

/**
 * The ways progress can be less than expected (ALN Code 20.8): significantly slower than that of
 * peers starting from the same baseline; failing to match or better the pupil's own previous rate;
 * failing to close, or widening, the gap with peers despite support aimed at closing it.
 */
public enum ProgressMeasure {
    SLOWER_THAN_PEERS,
    BELOW_OWN_RATE,
    GAP_NOT_CLOSING
}
