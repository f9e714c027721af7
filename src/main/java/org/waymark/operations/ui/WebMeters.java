package org.waymark.operations.ui;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Two gauges for operators (docs/operations.md "Metrics"): {@code waymark.ui.active}, the Vaadin
 * pages (UIs) open on this node, and {@code waymark.http.sessions.active}, its HTTP sessions. Each
 * node has its own: Vaadin keeps a UI's state in the node's session, which is why HAProxy's
 * sessions are sticky.
 */
@Configuration(proxyBeanMethods = false)
class WebMeters {

    @Bean
    VaadinServiceInitListener activeUiMeter(MeterRegistry registry) {
        AtomicInteger open = new AtomicInteger();
        Gauge.builder("waymark.ui.active", open, AtomicInteger::get)
                .description("Vaadin UIs (open pages) on this node").register(registry);
        return (ServiceInitEvent event) -> event.getSource().addUIInitListener(init -> {
            open.incrementAndGet();
            init.getUI().addDetachListener(detach -> open.decrementAndGet());
        });
    }

    @Bean
    HttpSessionListener httpSessionMeter(MeterRegistry registry) {
        AtomicInteger active = new AtomicInteger();
        Gauge.builder("waymark.http.sessions.active", active, AtomicInteger::get)
                .description("HTTP sessions on this node").register(registry);
        return new HttpSessionListener() {
            @Override
            public void sessionCreated(HttpSessionEvent se) {
                active.incrementAndGet();
            }

            @Override
            public void sessionDestroyed(HttpSessionEvent se) {
                active.decrementAndGet();
            }
        };
    }
}
