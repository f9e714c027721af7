package com.github.mvysny.kaributesting.v10;

import com.vaadin.flow.server.ServiceDestroyEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.VaadinService;

/**
 * Test-only compatibility shim for Karibu-Testing 2.7.0 on Vaadin 25.3.
 *
 * <p>Karibu 2.7.0 (the newest release on Maven Central with all its jars) fires session-init
 * and service-destroy listeners by reflecting on the private {@code VaadinService} fields
 * {@code sessionInitListeners} and {@code serviceDestroyListeners}. Vaadin 25.3 moved those
 * listeners into {@code VaadinService.getEventBus()}, so the reflection fails. This class
 * replaces Karibu's file-level {@code MockVaadinKt} (test classes come first on the class path)
 * and fires the events through the public event bus instead. Its two methods are the only
 * members of the original that other Karibu classes call. Remove it once a Karibu release that
 * supports Vaadin 25.3 is available.
 */
public final class MockVaadinKt {

    private MockVaadinKt() {
    }

    public static void access$fireSessionInitListeners(VaadinService service, SessionInitEvent event) {
        service.getEventBus().fireEvent(event);
    }

    public static void access$fireServiceDestroyListeners(VaadinService service, ServiceDestroyEvent event) {
        service.getEventBus().fireEvent(event);
    }
}
