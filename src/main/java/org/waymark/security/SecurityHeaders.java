package org.waymark.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers every page and download carries (DD013, docs/security.md). The CSP is as
 * strict as Vaadin Flow allows: its bootstrap page starts the client engine with an inline script
 * and the engine evaluates the server's JavaScript expressions, so script-src needs
 * 'unsafe-inline' 'unsafe-eval' and style-src 'unsafe-inline' (Vaadin's "Content Security Policy"
 * page); everything else is this origin only, nothing may frame the portal, no plugins, no
 * foreign base URL or form target. HSTS is sent on secure requests: behind a TLS proxy, Tomcat's
 * forwarded-header handling (server.forward-headers-strategy=native) makes the request secure, which
 * also marks the session cookie Secure.
 */
final class SecurityHeaders {

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
            + "serial=(), bluetooth=(), accelerometer=(), gyroscope=(), magnetometer=(), interest-cohort=()";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> all() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
