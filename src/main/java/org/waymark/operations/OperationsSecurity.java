package org.waymark.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Actuator on the portal's own port (DD015): the health groups answer without sign-in (the load
 * balancer asks them, and they say only UP or not), and {@code /actuator/prometheus} asks for HTTP
 * Basic as the one scrape account {@code waymark.metrics.username} with the password
 * {@code waymark.metrics.password} (environment {@code WAYMARK_METRICS_PASSWORD}); with no password
 * set, nobody reads the metrics. The account is not a portal account: it cannot sign in to the
 * portal, and no portal account can read the metrics. No session is made for these requests. The
 * scrape password is checked against the configured one in constant time, not with the portal's
 * Argon2 (DD023): it is not stored hashed anywhere (the node holds it as configuration), so a hash
 * would protect nothing, and each scrape would wait its turn behind a rush of sign-ins at the hash
 * gate — when an operator most wants the figures.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

    static final String METRICS_ROLE = "METRICS";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http,
                                      @Value("${waymark.metrics.username:prometheus}") String username,
                                      @Value("${waymark.metrics.password:}") String password) throws Exception {
        http.securityMatcher("/actuator/**", "/livez", "/readyz");
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                        "/livez", "/readyz").permitAll()
                .requestMatchers("/actuator/prometheus").hasRole(METRICS_ROLE)
                .anyRequest().denyAll());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.csrf(csrf -> csrf.disable()); // no cookies, no session: nothing for a forged request to ride on
        // a scraper without the account gets 401 with a challenge, and a refused endpoint 403 — set on the
        // response, not sent as an error: an error dispatch would reach the portal's chain and its sign-in redirect
        AuthenticationEntryPoint challenge = (request, response, refused) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"waymark-metrics\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
        http.httpBasic(basic -> basic.authenticationEntryPoint(challenge));
        http.exceptionHandling(ex -> ex.authenticationEntryPoint(challenge)
                .accessDeniedHandler((request, response, refused) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)));
        http.authenticationManager(new ProviderManager(new ScrapeAccount(username, password)));
        return http.build();
    }

    /** The one scrape account: its name and the configured password, compared in constant time. */
    static final class ScrapeAccount implements AuthenticationProvider {

        private final String username;
        private final byte[] usernameDigest;
        private final byte @Nullable [] passwordDigest;

        ScrapeAccount(String username, String password) {
            this.username = username;
            this.usernameDigest = sha256(username);
            this.passwordDigest = password.isBlank() ? null : sha256(password);
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String presented = String.valueOf(authentication.getCredentials());
            // both compared whatever the name, so a wrong name and a wrong password take the same time
            boolean passwordMatches = passwordDigest != null && MessageDigest.isEqual(passwordDigest, sha256(presented));
            boolean nameMatches = MessageDigest.isEqual(usernameDigest, sha256(authentication.getName()));
            if (!passwordMatches || !nameMatches) {
                throw new BadCredentialsException("Not the scrape account");
            }
            return UsernamePasswordAuthenticationToken.authenticated(username, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + METRICS_ROLE)));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }

        private static byte[] sha256(String text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }
}
