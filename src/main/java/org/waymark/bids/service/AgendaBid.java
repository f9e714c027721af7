package org.waymark.bids.service;

import org.jspecify.annotations.Nullable;

/**
 * A bid as a line on a family's or a panel's list.
 *
 * @param increase     asks for a higher HLN level than the pupil holds: a new application to the main panel
 * @param resubmission asks again, at the same or a lower level, for HLN that is ending: the resubmission panel
 * @param recoupFrom   the other authority responsible for the pupil, who pays (set when the bid was started)
 */
public record AgendaBid(long bidId, long pupilId, String pupilName, String schoolName, @Nullable String levelAsked,
                        int version, boolean increase, boolean resubmission, @Nullable String recoupFrom) {
}
