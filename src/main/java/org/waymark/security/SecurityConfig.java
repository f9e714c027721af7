package org.waymark.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.OidcAccounts;
import org.waymark.security.service.SignInAdmission;
import org.waymark.security.service.SignInDetails;
import org.waymark.security.service.SignInProvider;
import org.waymark.security.service.SignInThrottle;
import org.waymark.security.service.TwoStepService;
import org.waymark.security.ui.SignInFailureHandler;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Web security: Vaadin's configurer with our sign-in page (plain HTML at /login, not a Vaadin view:
 * DD019), static assets open to all, method security on services. Sign-in, passwords and sessions as DD012 decides: our own
 * {@link SignInProvider} (hash check before the account's state, throttling per address, a code
 * with the password), {@link SessionGuard} on every request (absolute lifetime, the account read
 * afresh, the second step), and sign-in through an identity provider when one is configured.
 * Sessions change id at sign-in (Spring Security's default fixation protection) and end after 30
 * idle minutes (application.properties).
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** Wraps views without matching every advisor against every view method each time ({@link ViewProxyCreator}). */
    @Bean
    static ViewProxyCreator.Registration viewProxyCreator() {
        return new ViewProxyCreator.Registration();
    }

    /**
     * Publishes method-security refusals (a role calling a service it may not) as events, so they
     * are audited like the scope refusals the services record themselves.
     */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accounts, Clock clock,
                                            OidcAccounts oidc,
                                            ObjectProvider<ClientRegistrationRepository> identityProviders,
                                            @Value("${waymark.security.session-lifetime:10h}") Duration lifetime)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/assets/**", "/themes/**").permitAll()
                // the sign-in page is plain HTML (DD019), not a Vaadin view Vaadin's configurer would open
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/login").permitAll()
                // the load balancer's health checks (issue 21): up/down only, no details without sign-in
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.formLogin(form -> form.loginPage("/login").authenticationDetailsSource(SignInDetails::new)
                // a refused sign-in back to /login?error; one turned away unchecked to /login?busy (issue 23)
                .failureHandler(new SignInFailureHandler()));
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(info -> info.oidcUserService(oidc)));
        }
        http.addFilterBefore(new SessionGuard(accounts, clock, lifetime), AuthorizationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login", "/login"));
        return http.build();
    }

    @Bean
    SignInProvider signInProvider(AccountService accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle,
                                  TwoStepService twoStep, SignInAdmission admission) {
        return new SignInProvider(accounts, passwordEncoder, throttle, twoStep, admission);
    }

    /**
     * At most {@code waymark.security.sign-in-places} password sign-ins in progress at once (default:
     * eight per processor); past that a sign-in is turned away unchecked and asked to try again
     * ({@link SignInAdmission}, issue 23 point 2).
     */
    @Bean
    SignInAdmission signInAdmission(@Value("${waymark.security.sign-in-places:0}") int places,
                                    ObjectProvider<MeterRegistry> meters) {
        SignInAdmission admission = new SignInAdmission(places);
        meters.ifAvailable(registry -> {
            Gauge.builder("waymark.signin.in-progress", admission, SignInAdmission::inProgress)
                    .description("password sign-ins being checked or waiting for their check").register(registry);
            FunctionCounter.builder("waymark.signin.turned-away", admission, SignInAdmission::turnedAway)
                    .description("sign-ins turned away unchecked because the node was checking as many as it takes")
                    .register(registry);
        });
        return admission;
    }

    /**
     * Argon2id at OWASP's parameters (19 MiB, 2 iterations, parallelism 1; 16-byte salt, 32-byte
     * hash) for new hashes. Older hashes — bcrypt, or Argon2 with Spring's lower 16 MiB default —
     * still verify and are re-hashed at the next sign-in ({@link AccountService#updatePassword}). At most
     * {@code waymark.security.hash-concurrency} hashes run at once (default: one per processor;
     * {@link BoundedPasswordEncoder}).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${waymark.security.hash-concurrency:0}") int hashConcurrency,
                                    ObjectProvider<MeterRegistry> meters) {
        BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(encodersByPrefix(), hashConcurrency);
        meters.ifAvailable(registry -> Gauge.builder("waymark.signin.hashes.waiting", encoder,
                BoundedPasswordEncoder::waiting).description("password checks waiting for their turn").register(registry));
        return encoder;
    }

    /** The encoders by hash prefix, unbounded (the bean above wraps them). */
    static PasswordEncoder encodersByPrefix() {
        String current = "argon2";
        return new DelegatingPasswordEncoder(current, Map.of(
                current, owaspArgon2(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    static Argon2PasswordEncoder owaspArgon2() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    /** Publishes success and failure events so sign-ins are audited and failures counted. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
