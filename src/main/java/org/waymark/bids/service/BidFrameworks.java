package org.waymark.bids.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.ThemeChoice;

/**
 * Where bids read descriptor frameworks from: the framework an authority has published for the
 * financial year of a date, a framework by id (the one a bid was made against), and the level
 * the framework's rule proposes for a set of theme choices.
 */
public interface BidFrameworks {

    Optional<BidFramework> publishedFor(long localAuthorityId, LocalDate date);

    BidFramework byId(long frameworkId);

    Proposal propose(BidFramework framework, List<ThemeChoice> choices);

    /** A proposed level and the sentence explaining it (an i18n key with its arguments). */
    record Proposal(String levelCode, String explanationKey, List<Object> arguments) {
        public Proposal {
            arguments = List.copyOf(arguments);
        }
    }
}
