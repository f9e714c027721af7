package org.waymark.organisation.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A school in an authority and (usually) one of its families. An academy that opted out of the
 * family scheme cannot bid to the family.
 */
public record School(@Id @Nullable Long id, long localAuthorityId, @Nullable Long familyId, String referenceNumber,
                     String name, Phase phase, Governance governance, boolean optedOut, int numberOnRoll,
                     boolean welshMedium, @Version @Nullable Integer version) {

    public School {
        if (optedOut && governance != Governance.ACADEMY) {
            throw new IllegalArgumentException("Only an academy can opt out of the family scheme");
        }
    }

    public static School create(long localAuthorityId, @Nullable Long familyId, String referenceNumber, String name,
                                Phase phase, Governance governance, boolean optedOut, int numberOnRoll,
                                boolean welshMedium) {
        return new School(null, localAuthorityId, familyId, referenceNumber, name, phase, governance, optedOut,
                numberOnRoll, welshMedium, null);
    }

    /** Whether the school may bid to its family for AFN funding. */
    public boolean mayBidToFamily() {
        return familyId != null && !optedOut;
    }
}
