package org.waymark.base.ui;

import java.io.Serializable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * Server push only on the pages that need it (DD027): a page that is changed from another thread
 * (a moderation meeting's decisions, a panel's letters being written) turns push on while it is
 * shown, and the browser opens its push connection then; every other page has none. Before, every
 * signed-in page held a WebSocket open ({@code @Push} on the app shell) that only those pages used.
 * <p>
 * Pages are counted per UI, and push is turned off only when the answer to the browser is written
 * and no such page is shown, so going from one such page to another keeps the connection open.
 */
public final class ServerPush {

    /** How many pages that need push are attached to a UI. */
    private static final class Shown implements Serializable {
        private static final long serialVersionUID = 1L;
        int pages;
    }

    private ServerPush() {
    }

    /** Turns push on while {@code page} is attached to a UI, and off again when no such page is. */
    public static void whileShown(Component page) {
        page.addAttachListener(event -> {
            UI ui = event.getUI();
            shown(ui).pages++;
            if (!ui.getPushConfiguration().getPushMode().isEnabled()) {
                ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
            }
        });
        page.addDetachListener(event -> {
            UI ui = event.getUI();
            Shown shown = shown(ui);
            shown.pages = Math.max(0, shown.pages - 1);
            if (ui.isClosing()) {
                return;
            }
            ui.beforeClientResponse(ui, context -> {
                if (shown.pages == 0 && !ui.isClosing() && ui.getSession() != null
                        && ui.getPushConfiguration().getPushMode().isEnabled()) {
                    ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
                }
            });
        });
    }

    /** Whether push is on for {@code ui} (tests and the pages' own checks). */
    public static boolean isOn(UI ui) {
        return ui.getPushConfiguration().getPushMode().isEnabled();
    }

    private static Shown shown(UI ui) {
        Shown shown = ComponentUtil.getData(ui, Shown.class);
        if (shown == null) {
            shown = new Shown();
            ComponentUtil.setData(ui, Shown.class, shown);
        }
        return shown;
    }
}
