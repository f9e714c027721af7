package org.waymark.ras.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.waymark.notifications.domain.WorkItem;
import org.waymark.notifications.domain.WorkSource;
import org.waymark.pupils.service.PupilService;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.ras.domain.RasCaseStatus;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * RAS cases on the work queue, each for the role whose step it waits for: the case co-ordinator's
 * cases to score and TAC meetings to cost, the lead SEND co-ordinator's to verify and sign off, the
 * personalisation officer's to moderate. An annual review's case is due by its review date
 * (overdue after it); the others wait. Only in an authority that runs the RAS.
 */
@Component
class RasWork implements WorkSource {

    private final RasCaseRepository cases;
    private final RasAccess access;
    private final PupilService pupils;
    private final CurrentUser currentUser;

    RasWork(RasCaseRepository cases, RasAccess access, PupilService pupils, CurrentUser currentUser) {
        this.cases = cases;
        this.access = access;
        this.pupils = pupils;
        this.currentUser = currentUser;
    }

    @Override
    public List<WorkItem> waiting() {
        UserScope user = currentUser.require();
        Long laId = user.localAuthorityId();
        List<RasCaseStatus> mine = new ArrayList<>();
        if (user.has(Role.CASEWORKER)) {
            mine.addAll(List.of(RasCaseStatus.REPORTS_AWAITED, RasCaseStatus.SCORING, RasCaseStatus.MODERATED));
        }
        if (user.has(Role.LEAD_SEND_COORDINATOR)) {
            mine.addAll(List.of(RasCaseStatus.TO_VERIFY, RasCaseStatus.TO_SIGN_OFF));
        }
        if (user.has(Role.PERSONALISATION_OFFICER)) {
            mine.add(RasCaseStatus.VERIFIED);
        }
        if (laId == null || mine.isEmpty() || !access.runsRas(laId)) {
            return List.of();
        }
        // reviews with a date first, then the newest
        List<RasCase> waiting = cases.findByLocalAuthorityIdAndStatusIn(laId, mine).stream()
                .sorted(java.util.Comparator.comparing((RasCase c) -> c.getReviewOn() == null)
                        .thenComparing(c -> Objects.requireNonNull(c.getId()), java.util.Comparator.reverseOrder()))
                .limit(MAX_ITEMS).toList();
        Map<Long, String> names = pupils.namesOf(waiting.stream().map(RasCase::getPupilId).distinct().toList());
        LocalDate today = access.today();
        return waiting.stream().map(c -> {
            LocalDate due = c.getReviewOn();
            WorkItem.Urgency urgency = due == null ? WorkItem.Urgency.WAITING
                    : due.isBefore(today) ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.DUE;
            return WorkItem.of("ras-" + c.getId(), "ras/cases/" + Objects.requireNonNull(c.getId()), due, urgency,
                    "work.ras." + c.getStatus().name(), names.getOrDefault(c.getPupilId(), ""));
        }).toList();
    }
}
