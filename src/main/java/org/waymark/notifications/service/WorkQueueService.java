package org.waymark.notifications.service;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.notifications.domain.WorkItem;
import org.waymark.notifications.domain.WorkSource;

/**
 * The signed-in person's work queue: what every feature has waiting for them, most urgent first
 * (overdue, then due by date, then waiting). Each source reads through its own feature's services
 * within the person's scope.
 */
@Service
public class WorkQueueService {

    private final List<WorkSource> sources;

    WorkQueueService(List<WorkSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<WorkItem> mine() {
        return sources.stream().flatMap(s -> s.waiting().stream()).sorted(WorkItem.MOST_URGENT_FIRST).toList();
    }
}
