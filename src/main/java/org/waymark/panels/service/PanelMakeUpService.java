package org.waymark.panels.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.panels.domain.Panel;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelMakeUp;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelRepository;
import org.waymark.panels.domain.PanelSeat;
import org.waymark.panels.domain.SeatCapacity;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;

/**
 * Checks an HLN panel's make-up against the scheme ({@link PanelMakeUp}): who sits at a meeting,
 * and the standing members every meeting starts with. Warnings only; nothing is refused.
 */
@Service
public class PanelMakeUpService {

    private final PanelAccess access;
    private final PanelRepository panels;
    private final AccountService accounts;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;

    PanelMakeUpService(PanelAccess access, PanelRepository panels, AccountService accounts,
                       OrganisationService organisation, CurrentUser currentUser) {
        this.access = access;
        this.panels = panels;
        this.accounts = accounts;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    /** What a meeting of an HLN panel lacks, for those who run it or sit at it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Violation> ofMeeting(long meetingId) {
        PanelMeeting meeting = access.readable(meetingId);
        if (meeting.getKind().membersFrom() != PanelKind.HLN_MAIN) {
            return List.of();
        }
        return PanelMakeUp.missing(meeting.getKind(), members(meeting.getSeats().stream()
                .map(s -> new Seated(s.userId(), s.capacity())).toList()));
    }

    /** What the standing HLN main panel (and so the resubmission panel) lacks, for panel officers. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')")
    public List<Violation> ofStandingPanel(PanelKind kind) {
        if (kind.membersFrom() != PanelKind.HLN_MAIN) {
            return List.of();
        }
        long laId = Objects.requireNonNull(access.officer().localAuthorityId());
        List<PanelSeat> seats = panels.findByLocalAuthorityIdAndKind(laId, PanelKind.HLN_MAIN)
                .map(Panel::getSeats).orElse(List.of());
        return PanelMakeUp.missing(kind, members(seats.stream().map(s -> new Seated(s.userId(), s.capacity()))
                .toList()));
    }

    private record Seated(long userId, SeatCapacity capacity) {
    }

    /** Each seat with its member's roles and school phase, from the authority's staff accounts. */
    private List<PanelMakeUp.Member> members(Collection<Seated> seats) {
        UserScope caller = currentUser.require();
        Map<Long, AccountService.StaffMember> staff = accounts.staffOfOwnAuthority(caller).stream()
                .collect(Collectors.toMap(AccountService.StaffMember::userId, Function.identity()));
        return seats.stream().map(seat -> {
            AccountService.StaffMember person = staff.get(seat.userId());
            // a member whose account was closed since counts for nothing
            Set<org.waymark.security.domain.Role> roles = person == null ? Set.of() : person.roles();
            Long schoolId = person == null ? null : person.schoolId();
            Phase phase = schoolId == null ? null : organisation.schoolOfRecord(schoolId).phase();
            return new PanelMakeUp.Member(seat.capacity(), roles, phase);
        }).toList();
    }
}
