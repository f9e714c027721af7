package org.waymark.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.waymark.api.service.ApiClientPrincipal;
import org.waymark.api.service.ApiKeyAuthenticator;
import org.waymark.api.service.ApiRateLimits;
import org.waymark.audit.service.AuditLog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs an API client in from the {@code X-API-Key} header on each call (DD018), holds it to its
 * calls a minute, and writes one audit row per call, {@code API_CALL} with the client as actor
 * (method, path and the status answered; DENIED for 401, 403, 404 and 429). A call without a key,
 * with an unknown key or from a client turned off is refused with 401 and audited too. The
 * services the call reaches audit their own reads and refusals besides, as for the screens.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    static final String ACTION = "API_CALL";
    static final String SUBJECT = "API_CLIENT";
    private static final String UNKNOWN_ACTOR = "api:unknown";

    /** The problem body's writer (the same fields as ApiModels.Problem). */
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private final ApiKeyAuthenticator authenticator;
    private final ApiRateLimits limits;
    private final AuditLog auditLog;
    private final MessageSource messages;

    ApiKeyFilter(ApiKeyAuthenticator authenticator, ApiRateLimits limits, AuditLog auditLog, MessageSource messages) {
        this.authenticator = authenticator;
        this.limits = limits;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(ApiSecurity.DOCUMENT) || path.equals(ApiSecurity.DOCUMENT + ".yaml")) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        Optional<ApiKeyAuthenticator.Caller> caller = key == null ? Optional.empty()
                : authenticator.authenticate(key.strip());
        if (caller.isEmpty() || !caller.get().enabled()) {
            Long clientId = caller.map(c -> c.principal().clientId()).orElse(null);
            String actor = caller.map(c -> c.principal().getUsername()).orElse(UNKNOWN_ACTOR);
            problem(request, response, 401, "unauthorized",
                    caller.isEmpty() ? "api.error.unauthorized" : "api.error.disabled");
            audit(actor, clientId, request, path, 401, caller.isEmpty() ? (key == null ? "no key" : "unknown key")
                    : "client turned off");
            return;
        }
        ApiClientPrincipal principal = caller.get().principal();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        java.util.List<GrantedAuthority> authorities = new java.util.ArrayList<>(principal.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(ApiClientPrincipal.AUTHORITY));
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        int status = 500;
        try {
            OptionalLong wait = limits.refusal(principal.clientId(), principal.requestsPerMinute());
            if (wait.isPresent()) {
                response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
                problem(request, response, 429, "too_many_requests", "api.error.tooMany");
                status = 429;
                return;
            }
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            audit(principal.getUsername(), principal.clientId(), request, path, status, null);
            SecurityContextHolder.setContext(previous);
        }
    }

    private void audit(String actor, @Nullable Long clientId, HttpServletRequest request, String path, int status,
                       @Nullable String note) {
        boolean refused = status == 401 || status == 403 || status == 404 || status == 429;
        String query = request.getQueryString();
        String detail = request.getMethod() + " " + path + (query == null ? "" : "?" + query) + " " + status
                + (note == null ? "" : " (" + note + ")");
        auditLog.recordAs(actor, request.getRemoteAddr(), ACTION, SUBJECT, clientId == null ? null : clientId.toString(),
                refused ? AuditLog.Outcome.DENIED : AuditLog.Outcome.ALLOWED, detail);
    }

    /** Writes a refusal as the API's JSON problem, in the caller's language. */
    void problem(HttpServletRequest request, HttpServletResponse response, int status, String error, String key)
            throws IOException {
        Locale locale = "cy".equals(request.getLocale().getLanguage()) ? Locale.forLanguageTag("cy") : Locale.ENGLISH;
        String message = messages.getMessage(key, null, key, locale);
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        response.getWriter().write(JSON.writeValueAsString(body));
        response.flushBuffer();
    }
}
