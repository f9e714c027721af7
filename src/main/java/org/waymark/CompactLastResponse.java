package org.waymark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;

/**
 * Keeps each open page's last answer compressed between requests (issue 23, docs/performance.md,
 * DD024). Vaadin keeps the text of the last answer it sent each page, so that it can send it again if
 * the browser, not having received it, sends its request again; it is the page's whole last update
 * as JSON, 18 KB on average in a heap dump of 1,000 signed-in users, the largest single thing a user
 * held. Deflated it is a few kilobytes.
 * <p>
 * This handler takes Vaadin's page requests before Vaadin's own handler does (handlers added when
 * the service starts come first), puts the last answer back before Vaadin handles a request, which
 * is where Vaadin reads it when the browser sent its request again, and compresses what Vaadin left
 * there afterwards. Vaadin's handling is otherwise unchanged: this class only wraps it.
 */
@Component
class CompactLastResponse extends UidlRequestHandler implements VaadinServiceInitListener {

    /** An answer shorter than this (in characters) is left as it is: compressing it would save little. */
    static final int SMALL = 1024;

    /** The page's last answer, deflated UTF-8: kept on the UI as component data, so in the session. */
    record Kept(byte[] deflated) implements Serializable {
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(this);
    }

    @Override
    public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
            VaadinResponse response, String requestBody) throws IOException {
        @Nullable UI ui = session.getService().findUI(request);
        if (ui != null) {
            restore(ui);
        }
        try {
            return super.synchronizedHandleRequest(session, request, response, requestBody);
        } finally {
            if (ui != null) {
                compact(ui);
            }
        }
    }

    /** Replaces the page's last answer by its compressed form. */
    static void compact(UI ui) {
        @Nullable String last = ui.getInternals().getLastRequestResponse();
        if (last == null || last.length() < SMALL) {
            return;
        }
        byte[] text = last.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, text.length / 4));
        Deflater fastest = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, fastest)) {
            deflating.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a stream into memory: not expected
        } finally {
            fastest.end(); // a deflater of one's own is not ended by the stream
        }
        ComponentUtil.setData(ui, Kept.class, new Kept(out.toByteArray()));
        ui.getInternals().setLastRequestResponse(null);
    }

    /** Puts the page's last answer back where Vaadin reads it, if it was compressed. */
    static void restore(UI ui) {
        @Nullable Kept kept = ComponentUtil.getData(ui, Kept.class);
        if (kept == null) {
            return;
        }
        try (InflaterInputStream inflating = new InflaterInputStream(new ByteArrayInputStream(kept.deflated()))) {
            ui.getInternals().setLastRequestResponse(new String(inflating.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("a page's kept answer cannot be read", e);
        }
        ComponentUtil.setData(ui, Kept.class, null);
    }
}
