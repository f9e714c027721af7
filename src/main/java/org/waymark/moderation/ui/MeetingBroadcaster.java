package org.waymark.moderation.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.waymark.cluster.domain.RemoteSignal;
import org.waymark.moderation.service.MeetingChanged;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * Pushes a meeting's changes to every browser that has it open. Each open meeting page registers
 * with its UI, its own signed-in user and what to redraw; once a change is committed, every other
 * page of that meeting redraws under its own user's security context (never the one who made the
 * change), so each reader still sees only what they may.
 * <p>
 * The redraws run on the application's task executor, not in the thread that made the change:
 * {@code UI.access} runs at once when the viewer's session is free, so five viewers redrawing a
 * 60-case meeting made each decision wait 300–800 ms for the others' pages (docs/performance.md).
 * <p>
 * With several nodes (DD016), a change made on another node arrives as a {@link RemoteSignal}
 * and redraws this node's pages of that meeting the same way.
 */
@Component
public class MeetingBroadcaster {

    private record Viewer(UI ui, SecurityContext context, Runnable redraw) {
    }

    private final Map<Long, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private final Executor executor;
    /** Redraws pushed to viewers' pages (docs/operations.md "Metrics"): waymark_push_deliveries_total. */
    private final io.micrometer.core.instrument.Counter deliveries;

    MeetingBroadcaster(@Qualifier("applicationTaskExecutor") Executor executor,
                       io.micrometer.core.instrument.MeterRegistry meters) {
        this.executor = executor;
        this.deliveries = io.micrometer.core.instrument.Counter.builder("waymark.push.deliveries")
                .description("Meeting changes pushed to viewers' pages on this node").register(meters);
    }

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
        redraw(event.meetingId(), UI.getCurrent());
    }

    /** A meeting changed on another node: every page of it here redraws. */
    @EventListener
    void changedElsewhere(RemoteSignal remote) {
        if (remote.signal() instanceof MeetingChanged event) {
            redraw(event.meetingId(), null);
        }
    }

    private void redraw(long meetingId, @Nullable UI changedBy) {
        for (Viewer viewer : viewers.getOrDefault(meetingId, Set.of())) {
            if (viewer.ui() == changedBy) {
                continue; // the page that made the change redraws itself
            }
            executor.execute(() -> viewer.ui().access(() -> {
                new DelegatingSecurityContextRunnable(viewer.redraw(), viewer.context()).run();
                deliveries.increment();
            }));
        }
    }
}
