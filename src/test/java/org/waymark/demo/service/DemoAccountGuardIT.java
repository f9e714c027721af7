package org.waymark.demo.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.Application;

/**
 * A start without the demo profile on a database holding demo accounts refuses to go on with a
 * clear message (DD013); this test's own start on the same database, before the accounts were
 * added, went ahead (no false alarm on a database of real accounts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:waymark-protect;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "waymark.demo-data.enabled=false"})
@ActiveProfiles("test")
class DemoAccountGuardIT {

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    @Test
    void a_start_without_the_demo_profile_refuses_a_database_with_demo_accounts() {
        // two real accounts that happen to share nothing: no refusal
        for (String name : new String[] {"real.one", "real.two"}) {
            add(name, passwords.encode("a-real-password-" + name));
        }
        // the demo loader's way: one hash of the published password shared by its accounts
        String demoHash = passwords.encode(DemoDataLoader.DEMO_PASSWORD);
        add("guard.demo.senco", demoHash);
        add("guard.demo.head", demoHash);
        String url = "--spring.datasource.url=jdbc:h2:mem:waymark-protect;MODE=MySQL;DB_CLOSE_DELAY=-1";
        try {
            assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run(url,
                    "--waymark.demo-data.enabled=false", "--waymark.security.totp-key=HulLQZZQ6BWPwUCYab9kJ47d1PbyQBdaiXo8hPbSEaM=", "--server.port=0", "--vaadin.launch-browser=false",
                    "--waymark.attachments.dir=target/guard-attachments"))
                    .satisfies(e -> assertThat(rootMessages(e)).contains("Refusing to start")
                            .contains("2 demo accounts").contains("'demo' profile"));
        } finally {
            jdbc.sql("DELETE FROM app_user WHERE username IN ('guard.demo.senco', 'guard.demo.head', 'real.one', 'real.two')")
                    .update();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username LIKE 'guard.demo.%'").query(Long.class).single())
                .isZero();
    }

    private void add(String username, String hash) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, display_name) VALUES (:u, :h, :u)")
                .param("u", username).param("h", hash).update();
    }

    private static String rootMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
