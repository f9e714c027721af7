package org.waymark.pupils.service;

import java.util.List;

import org.waymark.pupils.domain.PupilRow;

/**
 * Pupils with the same names and date of birth already exist. Nothing was saved; the caller
 * may confirm that this is a different child and save again.
 */
public class PossibleDuplicateException extends RuntimeException {

    private final List<PupilRow> candidates;

    public PossibleDuplicateException(List<PupilRow> candidates) {
        super("Possible duplicate of " + candidates.size() + " pupil(s)");
        this.candidates = List.copyOf(candidates);
    }

    public List<PupilRow> candidates() {
        return candidates;
    }
}
