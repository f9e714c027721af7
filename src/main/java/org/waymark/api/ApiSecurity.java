package org.waymark.api;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.waymark.api.service.ApiKeyAuthenticator;
import org.waymark.api.service.ApiRateLimits;
import org.waymark.audit.service.AuditLog;

/**
 * The API's own security chain for {@code /api/**} (DD018), ahead of the portal's: stateless (no
 * session, no cookie, so no CSRF token either), a client signs in with its key on every call
 * ({@link ApiKeyFilter}: 401 without a key, with an unknown one or for a client turned off; 429 over
 * its calls a minute), every call audited. Refusals are written on the response as JSON, never sent
 * as an error dispatch (that would reach the portal's chain and its sign-in page). The OpenAPI
 * document is open to all: it holds no data.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    static final String DOCUMENT = "/api/v1/openapi.json";

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ApiKeyAuthenticator authenticator, ApiRateLimits limits,
                                 AuditLog auditLog, MessageSource messages) throws Exception {
        http.securityMatcher("/api/**");
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(DOCUMENT, DOCUMENT + ".yaml").permitAll()
                .anyRequest().hasAuthority(org.waymark.api.service.ApiClientPrincipal.AUTHORITY));
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(csrf -> csrf.disable()); // no cookies, no session: nothing for a forged request to ride on
        http.requestCache(cache -> cache.disable());
        ApiKeyFilter filter = new ApiKeyFilter(authenticator, limits, auditLog, messages);
        http.exceptionHandling(ex -> ex
                .authenticationEntryPoint((request, response, refused) ->
                        filter.problem(request, response, 401, "unauthorized", "api.error.unauthorized"))
                .accessDeniedHandler((request, response, refused) ->
                        filter.problem(request, response, 403, "forbidden", "api.error.forbidden")));
        http.addFilterBefore(filter, AuthorizationFilter.class);
        return http.build();
    }
}
