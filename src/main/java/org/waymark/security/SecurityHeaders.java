package org.waymark.security;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The response headers every page, download and static file carries (DD013, docs/security.md),
 * set before anything else answers the request. (Spring Security's header writer writes lazily
 * when the response commits, and on Vaadin's bootstrap pages that came too late: measured by
 * SecurityHeadersIT, so the headers are set here, first.) The CSP is as strict as Vaadin Flow
 * allows: its bootstrap page starts the client engine with an inline script and the engine
 * evaluates the server's JavaScript expressions, so script-src needs 'unsafe-inline'
 * 'unsafe-eval' and style-src 'unsafe-inline' (Vaadin's "Content Security Policy" page);
 * everything else is this origin only, nothing may frame the portal, no plugins, no foreign base
 * URL or form target. HSTS goes with secure requests only: behind a TLS proxy Tomcat's
 * forwarded-header handling (server.forward-headers-strategy=native) makes the request secure,
 * which also marks the session cookie Secure.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "worker-src 'self' blob:; "
            + "frame-ancestors 'none'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), accelerometer=(), gyroscope=(), magnetometer=()";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
