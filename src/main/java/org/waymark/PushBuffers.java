package org.waymark;

import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;

import jakarta.servlet.ServletContext;

/**
 * Smaller buffers for the push connection's WebSocket: 1 KB ({@code waymark.push.buffer-size}), both
 * Tomcat's and Atmosphere's, each held for as long as the page is open (issue 23, docs/performance.md,
 * DD022). The push connection only carries what the server sends unasked: the browser sends its
 * requests by ordinary HTTP (Vaadin's WebSocket-and-XHR transport), so nothing large ever arrives on
 * it, and a large message sent on it goes out in several writes instead of one.
 * <ul>
 * <li><b>Tomcat</b> gives every open WebSocket an input buffer, message buffers and output and
 * encoding buffers of its default 8 KB, about 80 KB a connection: at 1,000 signed-in users a third of
 * the heap their sessions held. Tomcat reads the size, as a system property, when it first opens its
 * WebSocket support, which is after web server factories are customised.</li>
 * <li><b>Atmosphere</b> gives each push WebSocket a byte buffer and a character buffer of the size
 * Vaadin sets, 16 K: 48 KB an open page, found in a heap dump of a load run. It uses them only to
 * read messages that arrive on the WebSocket, and grows them when a message is larger. Vaadin sets
 * the size as an init parameter of the Atmosphere framework it makes for its servlet when the
 * servlet context starts; Atmosphere reads it each time a WebSocket opens, so it is changed when
 * Vaadin's service starts, before any page can open a push connection.</li>
 * </ul>
 */
@Component
class PushBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, VaadinServiceInitListener {

    static final String TOMCAT_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String ATMOSPHERE_BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";

    private static final Logger LOG = LoggerFactory.getLogger(PushBuffers.class);

    private final int size;

    PushBuffers(@Value("${waymark.push.buffer-size:1024}") int size) {
        if (size < 1024) {
            throw new IllegalArgumentException("waymark.push.buffer-size is at least 1024 bytes, not " + size);
        }
        this.size = size;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        System.setProperty(TOMCAT_BUFFER_SIZE, Integer.toString(size));
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
