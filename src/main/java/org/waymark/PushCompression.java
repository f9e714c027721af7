package org.waymark;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The push connection's WebSocket is opened without per-message compression (permessage-deflate),
 * which Tomcat agrees to whenever the browser offers it. Each compressed connection keeps 48 KB
 * of buffers in the heap (one of 32 KB, two of 8 KB) and zlib's state outside it for as long as
 * the page is open: at 1,000 signed-in users a fifth of the heap their sessions held (issue 23,
 * docs/performance.md). The push connection carries only what the server sends unasked — a
 * meeting's decision, a new notice — while pages and answers travel by ordinary requests, which
 * stay compressed as before, so little is lost. Tomcat 11 has no switch for its built-in
 * extensions and Vaadin's push (Atmosphere) offers none, so this filter, ahead of Tomcat's
 * WebSocket filter, hides the browser's offer on the push address's handshake.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PushCompression extends OncePerRequestFilter {

    static final String OFFER = "Sec-WebSocket-Extensions";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(OFFER) == null || !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
                || !request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/push");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return OFFER.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return OFFER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(header -> !OFFER.equalsIgnoreCase(header)).toList());
            }
        }, response);
    }
}
