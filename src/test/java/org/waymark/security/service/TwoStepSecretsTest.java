package org.waymark.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** DD012: TOTP secrets sealed with AES-256-GCM under the configured key; no key, no production start. */
class TwoStepSecretsTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

    private static TwoStepSecrets secrets(String key, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new TwoStepSecrets(key, environment, null);
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
