package org.waymark.demo.service;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A start without the {@code demo} profile refuses to go on while the database holds demo
 * accounts (DD013): accounts that sign in with the published demo password. The demo loader gives
 * all of them one shared hash, so only hashes shared by two or more accounts are tried; real
 * accounts each have their own salt and are never hashed here. Runs while the context starts,
 * before the web server takes a request.
 */
@Component
@ConditionalOnProperty(name = "waymark.demo-data.enabled", havingValue = "false", matchIfMissing = true)
class DemoAccountGuard implements InitializingBean {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final boolean accountsAllowed;

    DemoAccountGuard(JdbcClient jdbc, PasswordEncoder passwords,
                     @Value("${waymark.demo-data.accounts-allowed:false}") boolean accountsAllowed) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.accountsAllowed = accountsAllowed;
    }

    @Override
    public void afterPropertiesSet() {
        if (accountsAllowed) {
            // benchmarks on generated data (ScaleData's logins share the demo password), never production
            return;
        }
        List<String> shared = jdbc.sql("SELECT password_hash FROM app_user WHERE enabled = TRUE"
                + " GROUP BY password_hash HAVING COUNT(*) > 1").query(String.class).list();
        for (String hash : shared) {
            if (passwords.matches(DemoDataLoader.DEMO_PASSWORD, hash)) {
                long accounts = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE password_hash = :h AND enabled = TRUE")
                        .param("h", hash).query(Long.class).single();
                throw new IllegalStateException("Refusing to start: the database holds " + accounts
                        + " demo accounts that sign in with the published demo password, and the 'demo' profile is"
                        + " not active. Start with the demo profile (e.g. --spring.profiles.active=demo) to use the demo"
                        + " data, or disable or remove the demo accounts before a production start (docs/security.md).");
            }
        }
    }
}
