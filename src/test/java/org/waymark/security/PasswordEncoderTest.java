package org.waymark.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** DD012: Argon2id at OWASP's parameters; older hashes verify and are marked for upgrade; hashes run a few at once. */
class PasswordEncoderTest {

    private final PasswordEncoder encoder = SecurityConfig.encodersByPrefix();

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

    /** Counts the checks running at once and holds each until released. */
    private static final class Slow implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String encode(CharSequence raw) {
            return "x";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void no_more_than_the_limit_of_hashes_run_at_once_and_the_rest_wait_their_turn() throws Exception {
        Slow slow = new Slow();
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(slow, 2);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                checks.add(pool.submit(() -> bounded.matches("pw", "x")));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((slow.running.get() < 2 || bounded.waiting() < 6) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(slow.running.get()).as("running at once").isEqualTo(2);
            assertThat(bounded.waiting()).as("waiting their turn").isEqualTo(6);
            slow.release.countDown();
            for (Future<Boolean> check : checks) {
                assertThat(check.get(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(slow.most.get()).as("never more than the limit").isEqualTo(2);
            assertThat(bounded.waiting()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_bounded_encoder_hashes_and_checks_as_the_one_it_wraps() {
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(encoder, 0);
        String hash = bounded.encode("correct horse battery");
        assertThat(hash).startsWith("{argon2}$argon2id$");
        assertThat(bounded.matches("correct horse battery", hash)).isTrue();
        assertThat(bounded.matches("wrong horse battery", hash)).isFalse();
        assertThat(bounded.upgradeEncoding("{bcrypt}" + new BCryptPasswordEncoder().encode("x"))).isTrue();
    }
}
