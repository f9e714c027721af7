package org.waymark.pupils.domain;

/**
 * An authority name typed on a pupil's record before the list of UK local authorities, that
 * matched none of it when migration V51.1 converted names to codes (issue 20 point 6, DD013): the
 * pupil, which field it was typed in, and the words as typed, for a person to choose the authority
 * it means.
 */
public record UnmatchedAuthorityName(long pupilId, String pupilName, String schoolName, Field field, String typed,
                                     int pupilVersion) {

    /** The two fields of a pupil's record that name an authority. */
    public enum Field { HOME_AUTHORITY, LOOKED_AFTER_BY }
}
