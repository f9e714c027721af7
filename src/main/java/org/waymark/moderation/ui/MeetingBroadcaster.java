package org.waymark.moderation.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.waymark.moderation.service.MeetingChanged;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Pushes a meeting's changes to every browser that has it open. Each open meeting page registers
 * with its UI, its own signed-in user and what to redraw; once a change is committed, every other
 * page of that meeting redraws under its own user's security context (never the one who made the
 * change), so each reader still sees only what they may.
 */
@Component
public class MeetingBroadcaster {

    private record Viewer(UI ui, SecurityContext context, Runnable redraw) {
    }

    private final Map<Long, Set<Viewer>> viewers = new ConcurrentHashMap<>();

    Registration register(long meetingId, UI ui, SecurityContext context, Runnable redraw) {
        Viewer viewer = new Viewer(ui, context, redraw);
        viewers.computeIfAbsent(meetingId, id -> ConcurrentHashMap.newKeySet()).add(viewer);
        return () -> viewers.getOrDefault(meetingId, Set.of()).remove(viewer);
    }

    int viewerCount(long meetingId) {
        return viewers.getOrDefault(meetingId, Set.of()).size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void meetingChanged(MeetingChanged event) {
        for (Viewer viewer : viewers.getOrDefault(event.meetingId(), Set.of())) {
            if (viewer.ui() == UI.getCurrent()) {
                continue; // the page that made the change redraws itself
            }
            viewer.ui().access(() -> new DelegatingSecurityContextRunnable(viewer.redraw(), viewer.context()).run());
        }
    }
}
