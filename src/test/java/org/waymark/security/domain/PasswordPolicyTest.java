package org.waymark.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DD012: length 12–128, no common or leaked password (nor one padded or repeated), not the username. */
class PasswordPolicyTest {

    private static final CommonPasswords SHIPPED = CommonPasswords.shipped();
    private final PasswordPolicy policy = new PasswordPolicy(SHIPPED);

    @Test
    void the_shipped_list_holds_thirty_thousand_passwords() {
        assertThat(SHIPPED.size()).isEqualTo(30_000);
        assertThat(SHIPPED.isCommon("dragon")).isTrue();
        assertThat(SHIPPED.isCommon("Blue kettle under the stairs")).isFalse();
    }

    @Test
    void length_is_at_least_twelve_and_at_most_128() {
        assertThat(policy.check("tin owl 4 me", "kim")).isEmpty();
        assertThat(policy.check("tin owl 4 m", "kim")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(policy.check("a b c d e f ".repeat(11).substring(0, 129), "kim"))
                .contains(PasswordPolicy.Problem.TOO_LONG);
    }

    @Test
    void common_passwords_are_refused_also_padded_or_repeated() {
        assertThat(policy.check("qwertyuiopasdfgh", "kim")).isEmpty(); // not itself on the list
        assertThat(policy.check("1qaz2wsx3edc", "kim")).contains(PasswordPolicy.Problem.COMMON); // listed
        assertThat(policy.check("Password1234!", "kim")).contains(PasswordPolicy.Problem.COMMON); // padded
        assertThat(policy.check("abcabcabcabc", "kim")).contains(PasswordPolicy.Problem.COMMON); // repeated
        assertThat(policy.check("football2026!!", "kim")).contains(PasswordPolicy.Problem.COMMON);
    }

    @Test
    void the_username_may_not_be_in_the_password() {
        assertThat(policy.check("my name is caseworker", "caseworker"))
                .contains(PasswordPolicy.Problem.CONTAINS_USERNAME);
    }
}
