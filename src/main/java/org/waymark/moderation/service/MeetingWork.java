package org.waymark.moderation.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.waymark.moderation.domain.MeetingStatus;
import org.waymark.notifications.domain.WorkItem;
import org.waymark.notifications.domain.WorkSource;
import org.waymark.security.domain.Role;
import org.waymark.security.service.CurrentUser;

/**
 * The Family SENCO's moderation meetings on the work queue: today's (or a coming one's) meeting
 * with how many cases it has, and a meeting of an earlier day still open, to be closed.
 */
@Component
class MeetingWork implements WorkSource {

    private final ModerationService moderation;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingWork(ModerationService moderation, CurrentUser currentUser, Clock clock) {
        this.moderation = moderation;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> waiting() {
        if (!currentUser.require().has(Role.FAMILY_SENCO)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<WorkItem> items = new ArrayList<>();
        moderation.meetingsOfMyFamily().stream().filter(m -> m.getStatus() == MeetingStatus.OPEN).limit(MAX_ITEMS)
                .forEach(m -> {
                    LocalDate on = m.getMeetingDate();
                    String key = on.isBefore(today) ? "work.meeting.stillOpen"
                            : on.isEqual(today) ? "work.meeting.today" : "work.meeting.coming";
                    items.add(WorkItem.of("meeting-" + m.getId(), "moderation/" + m.getId(), on,
                            on.isBefore(today) ? WorkItem.Urgency.OVERDUE : WorkItem.Urgency.DUE, key, on,
                            m.getCases().size()));
                });
        return items;
    }
}
