package org.waymark.allocations.service;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.Allocation;
import org.waymark.notifications.service.Audience;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.service.AccountService;

/**
 * Who hears of a funding decision about a pupil, read from the lists {@link FundingNotices} sends
 * to: the SENCOs of the pupil's school and the pupil's parents; for an HLN award, also the SENCO
 * of each family whose AFN for the pupil is still to run, who is asked to return it. The deciding
 * features ask before the decision, to say who will be told; they have checked the caller may decide.
 */
@Service
public class FundingAudience {

    private final FundingNotices notices;
    private final AccountService accounts;
    private final PupilService pupils;

    FundingAudience(FundingNotices notices, AccountService accounts, PupilService pupils) {
        this.notices = notices;
        this.accounts = accounts;
        this.pupils = pupils;
    }

    /** Those told of a decision about the pupil made on {@code decidedOn}; {@code highNeedsAward} when HLN is awarded. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Audience of(long pupilId, boolean highNeedsAward, LocalDate decidedOn) {
        Audience audience = Audience.of().add(Role.SCHOOL_SENCO, notices.schoolSencos(pupils.facts(pupilId)))
                .add(Role.PARENT, accounts.parentsOf(pupilId));
        if (highNeedsAward) {
            for (Allocation afn : notices.afnToReturn(pupilId, decidedOn)) {
                audience.add(Role.FAMILY_SENCO, notices.familySencos(afn));
            }
        }
        return audience;
    }
}
