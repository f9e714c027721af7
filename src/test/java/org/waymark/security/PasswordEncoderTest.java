package org.waymark.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** DD012: Argon2id at OWASP's parameters; older hashes verify and are marked for upgrade. */
class PasswordEncoderTest {

    private final PasswordEncoder encoder = new SecurityConfig().passwordEncoder();

    @Test
    void new_hashes_are_argon2id_with_19_mib_2_iterations_parallelism_1() {
        String hash = encoder.encode("correct horse battery");
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void older_hashes_still_verify_and_are_upgraded() {
        String weakerArgon = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("waymark-demo");
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("waymark-demo");
        for (String old : new String[] {weakerArgon, bcrypt}) {
            assertThat(encoder.matches("waymark-demo", old)).isTrue();
            assertThat(encoder.upgradeEncoding(old)).isTrue();
        }
    }
}
