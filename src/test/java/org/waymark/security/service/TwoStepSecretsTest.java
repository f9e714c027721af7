package org.waymark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/** DD012: TOTP secrets sealed with AES-256-GCM under the configured key; no key, no production start; a changed key. */
class TwoStepSecretsTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

    private static TwoStepSecrets secrets(String key, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new TwoStepSecrets(key, "", environment, null);
    }

    /** A store of its own (H2 in memory) holding the table the secrets live in. */
    private static JdbcClient store() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:two-step-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE two_step_credential (id BIGINT PRIMARY KEY, app_user_id BIGINT, secret VARCHAR(200))")
                .update();
        return jdbc;
    }

    private static void insert(JdbcClient jdbc, long id, long appUserId, String secret) {
        jdbc.sql("INSERT INTO two_step_credential (id, app_user_id, secret) VALUES (?, ?, ?)")
                .params(id, appUserId, secret).update();
    }

    private static String stored(JdbcClient jdbc, long id) {
        return jdbc.sql("SELECT secret FROM two_step_credential WHERE id = ?").param(id).query(String.class).single();
    }

    @Test
    void a_changed_key_still_opens_what_the_previous_one_sealed_and_each_start_seals_it_again_under_the_new_one() {
        JdbcClient jdbc = store();
        String underOld = secrets(KEY).seal(7, SECRET);
        insert(jdbc, 1, 7, underOld);
        insert(jdbc, 2, 8, "KRSXG5CTMVRXEZLU"); // stored plainly, before V50
        TwoStepSecrets rotated = new TwoStepSecrets(OTHER_KEY, " " + KEY + " ", new MockEnvironment(), jdbc);

        assertThat(rotated.open(7, underOld)).as("a previous key still opens").isEqualTo(SECRET);
        TwoStepSecrets.Resealing first = rotated.sealUnderCurrentKey();
        assertThat(first).isEqualTo(new TwoStepSecrets.Resealing(1, 1, 0));
        // both now open under the new key alone; the old key no longer opens either
        TwoStepSecrets newOnly = new TwoStepSecrets(OTHER_KEY, "", new MockEnvironment(), jdbc);
        assertThat(newOnly.open(7, stored(jdbc, 1))).isEqualTo(SECRET);
        assertThat(newOnly.open(8, stored(jdbc, 2))).isEqualTo("KRSXG5CTMVRXEZLU");
        assertThatThrownBy(() -> secrets(KEY).open(7, stored(jdbc, 1))).hasMessageContaining("does not open");
        // a second start (another node) finds nothing left to do
        assertThat(rotated.sealUnderCurrentKey()).isEqualTo(new TwoStepSecrets.Resealing(0, 0, 2));
        assertThat(newOnly.sealUnderCurrentKey()).isEqualTo(new TwoStepSecrets.Resealing(0, 0, 2));
    }

    @Test
    void a_start_refuses_when_a_secret_opens_with_no_configured_key_and_changes_nothing_it_cannot_open() {
        JdbcClient jdbc = store();
        String underOld = secrets(KEY).seal(7, SECRET);
        insert(jdbc, 1, 7, underOld);
        insert(jdbc, 2, 8, secrets(OTHER_KEY).seal(8, SECRET));
        TwoStepSecrets keyLost = new TwoStepSecrets(OTHER_KEY, "", new MockEnvironment(), jdbc);
        assertThatThrownBy(keyLost::sealUnderCurrentKey).hasMessageContaining("Refusing to start: 1 of 2")
                .hasMessageContaining("waymark.security.totp-previous-keys");
        assertThat(stored(jdbc, 1)).isEqualTo(underOld);
        assertThatThrownBy(() -> keyLost.open(7, underOld)).hasMessageContaining("nor a previous one");
    }

    @Test
    void a_previous_key_of_the_wrong_form_refuses_naming_its_setting() {
        assertThatThrownBy(() -> new TwoStepSecrets(KEY, "short", new MockEnvironment(), null))
                .hasMessageContaining("waymark.security.totp-previous-keys");
        assertThatThrownBy(() -> new TwoStepSecrets(KEY, Base64.getEncoder().encodeToString(new byte[16]),
                new MockEnvironment(), null)).hasMessageContaining("totp-previous-keys must be 32 bytes");
    }

    @Test
    void a_sealed_secret_opens_for_its_account_and_hides_the_secret() {
        TwoStepSecrets secrets = secrets(KEY);
        String sealed = secrets.seal(7, SECRET);
        assertThat(sealed).startsWith("aesgcm1:").doesNotContain(SECRET);
        assertThat(secrets.open(7, sealed)).isEqualTo(SECRET);
        // a fresh nonce each time: the same secret never looks the same twice
        assertThat(secrets.seal(7, SECRET)).isNotEqualTo(sealed);
    }

    @Test
    void a_sealed_secret_copied_to_another_account_or_read_with_another_key_does_not_open() {
        String sealed = secrets(KEY).seal(7, SECRET);
        assertThatThrownBy(() -> secrets(KEY).open(8, sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> secrets(OTHER_KEY).open(7, sealed)).hasMessageContaining("configured key");
        assertThatThrownBy(() -> secrets(KEY).open(7, SECRET)).hasMessageContaining("not sealed");
    }

    @Test
    void a_start_without_a_key_refuses_unless_it_is_the_demo_profile() {
        assertThatThrownBy(() -> secrets("")).hasMessageContaining("Refusing to start")
                .hasMessageContaining("WAYMARK_SECURITY_TOTP_KEY");
        assertThatThrownBy(() -> secrets("", "mysql")).hasMessageContaining("Refusing to start");
        TwoStepSecrets demo = secrets("", "demo");
        assertThat(demo.open(3, demo.seal(3, SECRET))).isEqualTo(SECRET);
        // the derived demo key is not a configured one: what it sealed does not open under a real key
        assertThatThrownBy(() -> secrets(KEY).open(3, demo.seal(3, SECRET))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_of_the_wrong_size_or_not_base64_refuses() {
        assertThatThrownBy(() -> secrets(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> secrets("not base64 at all!")).hasMessageContaining("not Base64");
    }
}
