package org.waymark.demo.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.waymark.base.domain.Dates;
import org.waymark.reporting.domain.RestrictiveIncident;
import org.waymark.reporting.domain.RestrictiveKind;
import org.waymark.reporting.service.RestrictivePracticeService;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;
import org.waymark.security.service.WaymarkUserDetails;

/**
 * Restrictive practice incidents at each demo SENCO's school, recorded through the service as
 * the SENCO (issue 19): one closed (talked through with the pupil, parents told the same day),
 * one from yesterday still waiting for both, and a seclusion last month whose parents were never
 * told — overdue. The first is about the demo parent's child, so the parent sees it.
 */
@Component
class DemoRestrictivePractice {

    private final RestrictivePracticeService service;
    private final AccountService accounts;
    private final SystemUser systemUser;
    private final Clock clock;

    DemoRestrictivePractice(RestrictivePracticeService service, AccountService accounts, SystemUser systemUser,
                            Clock clock) {
        this.service = service;
        this.accounts = accounts;
        this.systemUser = systemUser;
        this.clock = clock;
    }

    /** @param homePupils pupils of the demo SENCO's school in enrolment order (the parent's children first) */
    void showIncidents(String suffix, List<Long> homePupils) {
        if (homePupils.size() < 4) {
            return;
        }
        String senco = "senco" + suffix;
        LocalDate today = LocalDate.now(clock);
        as(senco, () -> {
            LocalDate threeWeeks = today.minusWeeks(3);
            long closed = service.record(homePupils.get(0), new RestrictiveIncident.Facts(
                    RestrictiveKind.PHYSICAL_INTERVENTION, at(threeWeeks, 12, 40), 4,
                    "Mrs Hollis (teaching assistant), Mr Garside (deputy head)",
                    "Ran towards the school gate and the road at lunchtime; guided back by the arm and held"
                            + " for a short time until calm."));
            service.recordDebrief(closed, version(homePupils.get(0), closed), threeWeeks.plusDays(1),
                    "Talked with the class teacher about feeling overwhelmed at lunchtime; agreed a quiet"
                            + " space and a time-out card.");
            service.recordParentInformed(closed, version(homePupils.get(0), closed), threeWeeks,
                    "Phone call to mother at 3.15pm");
            service.record(homePupils.get(2), new RestrictiveIncident.Facts(RestrictiveKind.PHYSICAL_INTERVENTION,
                    at(today.minusDays(1), 10, 5), 7, "Mr Oakes (class teacher)",
                    "Hitting another pupil in the corridor; separated and held by the arms until both were safe."));
            service.record(homePupils.get(3), new RestrictiveIncident.Facts(RestrictiveKind.SECLUSION,
                    at(today.minusMonths(1), 14, 20), 12, "Ms Lacey (SENCO)",
                    "Kept in the calm room with the door held shut after throwing chairs in the classroom."));
            return null;
        });
    }

    private int version(long pupilId, long incidentId) {
        return service.incidents(pupilId).stream().filter(i -> Objects.equals(i.getId(), incidentId))
                .map(i -> Objects.requireNonNull(i.getVersion())).findFirst().orElseThrow();
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Dates.ZONE).toInstant();
    }

    private <T> T as(String username, Supplier<T> step) {
        return systemUser.as((WaymarkUserDetails) accounts.loadUserByUsername(username), step);
    }
}
