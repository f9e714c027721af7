package org.waymark.bids.domain;

import org.jspecify.annotations.Nullable;

/**
 * Which panel hears an HLN request (SPEC §4, §6): a pupil who holds no HLN makes a new
 * application to the main panel; a current holder whose award is ending, bid for again at the
 * same or a lower level, is a resubmission for the resubmission panel; only a request for a
 * higher HLN level than the one held is an increase — a new application to the main panel.
 * What is held comes from the allocation ledger, never from earlier bids.
 */
public enum HighNeedsRequest {
    /** Not an HLN request (AFN, or nothing asked yet). */
    NOT_HLN,
    NEW_APPLICATION,
    RESUBMISSION,
    INCREASE;

    /**
     * @param heldLevel  the HLN level the pupil holds now (HLN1, HLN2, HLN3), or null
     * @param askedLevel the level the bid asks for
     */
    public static HighNeedsRequest classify(@Nullable String heldLevel, @Nullable String askedLevel) {
        if (!LevelCodes.isHighNeeds(askedLevel)) {
            return NOT_HLN;
        }
        if (!LevelCodes.isHighNeeds(heldLevel)) {
            return NEW_APPLICATION;
        }
        return rank(askedLevel) > rank(heldLevel) ? INCREASE : RESUBMISSION;
    }

    /** The number of an HLN level (HLN 1 is the lowest); a level without one counts as the lowest. */
    static int rank(@Nullable String level) {
        if (level == null) {
            return 0;
        }
        String digits = level.substring(Math.min(level.length(), 3)).replaceAll("\\D", "");
        return digits.isEmpty() ? 1 : Integer.parseInt(digits);
    }

    /** Heard by the resubmission panel rather than as a new application to the main panel. */
    public boolean resubmission() {
        return this == RESUBMISSION;
    }
}
