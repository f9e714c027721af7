package org.waymark;

import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;

import jakarta.servlet.ServletContext;

/**
 * Atmosphere's own buffers for each push WebSocket at {@code waymark.push.buffer-size} (2 KB)
 * instead of the 16 K that Vaadin sets: a 16 KB byte buffer and a 32 KB character buffer per open
 * page, held for as long as it is open (issue 23 point 2: 48 KB of a signed-in user's heap, found
 * in a heap dump of a load run). Atmosphere uses them only to read messages that arrive on the
 * WebSocket, and grows them when a message is larger; the push connection carries what the server
 * sends (the browser sends by ordinary HTTP, {@link PushBuffers}), so they stay unused. Vaadin sets
 * the size as an init parameter of the Atmosphere framework it makes for its servlet when the
 * servlet context starts; Atmosphere reads it each time a WebSocket opens, so it is changed here,
 * when Vaadin's service starts and before any page can open a push connection.
 */
@Component
class PushSocketBuffers implements VaadinServiceInitListener {

    static final String ATMOSPHERE_BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";

    private static final Logger LOG = LoggerFactory.getLogger(PushSocketBuffers.class);

    private final int size;

    PushSocketBuffers(@Value("${waymark.push.buffer-size:2048}") int size) {
        this.size = size;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        ServletContext context = service.getServlet().getServletContext();
        String attribute = JSR356WebsocketInitializer.getAttributeName(service.getServlet().getServletName());
        if (context.getAttribute(attribute) instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(ATMOSPHERE_BUFFER_SIZE, Integer.toString(size));
        } else {
            LOG.warn("No Atmosphere framework for servlet {}: push WebSockets keep Vaadin's 16 K buffers",
                    service.getServlet().getServletName());
        }
    }
}
