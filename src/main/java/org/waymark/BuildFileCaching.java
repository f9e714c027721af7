package org.waymark;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The production bundle's files under {@code /VAADIN/build/} carry a hash of their content in their
 * names ({@code generated-flow-imports-BhTNvYR5.js}): a changed file gets a new name, so the browser
 * may keep each one for a year without asking again (issue 23, DD019). Vaadin's static file server
 * gives them an hour ({@code max-age=3600}, as to any file without {@code .cache.} in its name),
 * after which a returning phone asks for every script again. This filter replaces the cache header
 * Vaadin writes for a hashed build file with {@code public, max-age=31536000, immutable}; other
 * files, errors and files without a hash keep Vaadin's answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class BuildFileCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String CACHE_CONTROL = "Cache-Control";
    /** Vite's content hash before the extension: eight characters of base64url. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css|woff2?)$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HASHED.matcher(request.getRequestURI()).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, immutableIfCacheable(name, value));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, immutableIfCacheable(name, value));
            }

            private String immutableIfCacheable(String name, String value) {
                // only where Vaadin itself allows caching (a found file), never on an error
                return CACHE_CONTROL.equalsIgnoreCase(name) && getStatus() < 400 && value.contains("max-age=")
                        && !value.contains("max-age=0") ? IMMUTABLE : value;
            }
        });
    }
}
