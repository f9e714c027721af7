package org.waymark.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.ValidationException;

/** The authority's contact for SEND decisions: tidied as typed, refused (never cut) when it breaks a rule. */
class AuthorityContactTest {

    @ParameterizedTest(name = "\"{0}\" / \"{1}\" -> \"{2}\" / \"{3}\"")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "SEND.Team@Wealdshire.example  | 01632 960 214      | send.team@wealdshire.example | 01632 960 214",
            "'  send@council.gov.uk  '     | ' (01632) 960-214 '| send@council.gov.uk          | (01632) 960-214",
            "-                             | +44 1632 960214    | -                            | +44 1632 960214",
            "''                            | ''                 | -                            | -",
            "'   '                         | -                  | -                            | -",
            "send@council.gov.uk           | 1632960            | send@council.gov.uk          | 1632960",
    })
    void a_contact_is_tidied(@Nullable String email, @Nullable String phone, @Nullable String storedEmail,
                             @Nullable String storedPhone) {
        AuthorityContact contact = AuthorityContact.of(email, phone, null);
        assertThat(contact.email()).isEqualTo(storedEmail);
        assertThat(contact.phone()).isEqualTo(storedPhone);
    }

    @ParameterizedTest(name = "\"{0}\" / \"{1}\" is refused: {2}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "send                 | -                    | email | authority.contact.emailInvalid",
            "send@council         | -                    | email | authority.contact.emailInvalid",
            "send@@council.gov.uk | -                    | email | authority.contact.emailInvalid",
            "'send @council.gov.uk' | -                  | email | authority.contact.emailInvalid",
            "-                    | 960 214              | phone | authority.contact.phoneInvalid",
            "-                    | 01632 960 214 ext 5  | phone | authority.contact.phoneInvalid",
            "-                    | 0163 2960 2140 1234 56 | phone | authority.contact.phoneInvalid",
            "-                    | 01632 + 960214       | phone | authority.contact.phoneInvalid",
            "-                    | 0 1 6 3 2 9 6 0 2 1 4 0 0 0 0 0 | phone | authority.contact.phoneTooLong",
    })
    void a_broken_rule_is_refused_beside_its_field(@Nullable String email, @Nullable String phone, String field,
                                                  String key) {
        assertThatThrownBy(() -> AuthorityContact.of(email, phone, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().getFirst().field()).isEqualTo(field);
                    assertThat(e.violations().getFirst().messageKey()).isEqualTo(key);
                });
    }

    @Test
    void a_postal_address_keeps_its_lines_without_blank_ones_and_reads_on_one_line() {
        AuthorityContact contact = AuthorityContact.of(null, null, "  SEND Team \r\n\nCounty Hall\n Wealdbridge WB1 2AA  \n");
        assertThat(contact.postalAddress()).isEqualTo("SEND Team\nCounty Hall\nWealdbridge WB1 2AA");
        assertThat(contact.addressOnOneLine()).isEqualTo("SEND Team, County Hall, Wealdbridge WB1 2AA");
        assertThat(AuthorityContact.of(null, null, " \n ").isEmpty()).isTrue();
    }

    @Test
    void texts_longer_than_their_columns_are_refused_not_cut() {
        assertThatThrownBy(() -> AuthorityContact.of("a".repeat(250) + "@x.example", null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().getFirst()
                        .messageKey()).isEqualTo("authority.contact.emailTooLong"));
        assertThatThrownBy(() -> AuthorityContact.of(null, null, "x".repeat(301)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().getFirst()
                        .messageKey()).isEqualTo("authority.contact.addressTooLong"));
        assertThatThrownBy(() -> AuthorityContact.of(null, null, "1\n2\n3\n4\n5\n6\n7"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().getFirst()
                        .messageKey()).isEqualTo("authority.contact.addressLines"));
        // every rule broken at once: each beside its own field
        assertThatThrownBy(() -> AuthorityContact.of("send", "12", "x".repeat(301)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("email", "phone", "address"));
    }
}
