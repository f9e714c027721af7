package org.waymark.operations;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Actuator on the portal's own port (DD015): the health groups answer without sign-in (the load
 * balancer asks them, and they say only UP or not), and {@code /actuator/prometheus} asks for HTTP
 * Basic as the one scrape account {@code waymark.metrics.username} with the password
 * {@code waymark.metrics.password} (environment {@code WAYMARK_METRICS_PASSWORD}); with no password
 * set, nobody reads the metrics. The account is not a portal account: it cannot sign in to the
 * portal, and no portal account can read the metrics. No session is made for these requests.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

    static final String METRICS_ROLE = "METRICS";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http, PasswordEncoder encoder,
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
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(scrapeAccount(encoder, username, password));
        provider.setPasswordEncoder(encoder);
        http.authenticationManager(new ProviderManager(provider));
        return http.build();
    }

    private static UserDetailsService scrapeAccount(PasswordEncoder encoder, String username, String password) {
        if (password.isBlank()) {
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(username).password(encoder.encode(password))
                .roles(METRICS_ROLE).build());
    }
}
