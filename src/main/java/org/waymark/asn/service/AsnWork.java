package org.waymark.asn.service;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.waymark.notifications.domain.WorkItem;
import org.waymark.notifications.domain.WorkSource;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;

/**
 * Scotland's assistant hours on the work queue: for the Education Support Officer, the schools
 * whose requests wait for scrutiny; for a school, its requests still in draft. Only where the
 * council runs the scheme.
 */
@Component
class AsnWork implements WorkSource {

    private final ScrutinyService scrutiny;
    private final HoursRequestService requests;
    private final AsnAccess access;

    AsnWork(ScrutinyService scrutiny, HoursRequestService requests, AsnAccess access) {
        this.scrutiny = scrutiny;
        this.requests = requests;
        this.access = access;
    }

    @Override
    public List<WorkItem> waiting() {
        UserScope user = access.user();
        if (!access.runsHours(user.localAuthorityId())) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        if (user.has(Role.EDUCATION_SUPPORT_OFFICER)) {
            scrutiny.schools().stream().filter(s -> s.waiting() > 0).limit(MAX_ITEMS).forEach(s -> items.add(
                    WorkItem.of("asn-scrutiny-" + s.schoolId(), "asn/scrutiny/" + s.schoolId(), null,
                            WorkItem.Urgency.WAITING, "work.asn.scrutiny", s.waiting(), s.schoolName())));
        }
        if ((user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER)) && user.schoolId() != null) {
            requests.requestsOfMySchool().stream()
                    .filter(r -> r.status() == org.waymark.asn.domain.AsnRequestStatus.DRAFT).limit(MAX_ITEMS)
                    .forEach(r -> items.add(WorkItem.of("asn-request-" + r.requestId(),
                            "asn/requests/" + r.requestId(), null, WorkItem.Urgency.WAITING, "work.asn.draft",
                            r.pupilName())));
        }
        return items;
    }
}
