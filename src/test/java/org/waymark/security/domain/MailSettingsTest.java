package org.waymark.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.ValidationException;

class MailSettingsTest {

    @ParameterizedTest(name = "\"{0}\" + {1} -> \"{2}\", mails notices: {3}")
    @CsvSource(nullValues = "-", value = {
            "jo@example.org,          EACH,   jo@example.org,      true",
            "'  Jo.Bloggs@School.sch.uk ', DIGEST, jo.bloggs@school.sch.uk, true",
            "jo@example.org,          NONE,   jo@example.org,      false",
            // no address and no e-mail wanted: fine, nothing goes
            "'',                      NONE,   -,                   false",
            "-,                       NONE,   -,                   false",
    })
    void settings_are_tidied_and_say_whether_notices_go(@Nullable String typed, EmailNotices choice,
                                                       @Nullable String stored, boolean mails) {
        MailSettings settings = MailSettings.of(typed, choice);
        assertThat(settings.email()).isEqualTo(stored);
        assertThat(settings.choice()).isEqualTo(choice);
        assertThat(settings.mailsNotices()).isEqualTo(mails);
    }

    @ParameterizedTest(name = "\"{0}\" + {1} is refused: {2} {3}")
    @CsvSource(nullValues = "-", value = {
            "'',                EACH,   email,  mail.settings.emailRequired",
            "-,                 DIGEST, email,  mail.settings.emailRequired",
            "jo,                EACH,   email,  mail.settings.emailInvalid",
            "jo@example,        EACH,   email,  mail.settings.emailInvalid",
            "jo@@example.org,   NONE,   email,  mail.settings.emailInvalid",
            "'jo @example.org', EACH,   email,  mail.settings.emailInvalid",
            "jo@example.org,    -,      choice, mail.settings.choiceRequired",
    })
    void broken_rules_are_refused_with_a_message_for_the_field(@Nullable String typed, @Nullable EmailNotices choice,
                                                             String field, String key) {
        assertThatThrownBy(() -> MailSettings.of(typed, choice))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().getFirst().field()).isEqualTo(field);
                    assertThat(e.violations().getFirst().messageKey()).isEqualTo(key);
                });
    }

    @org.junit.jupiter.api.Test
    void an_address_longer_than_the_column_is_refused_not_cut() {
        String longAddress = "a".repeat(190) + "@example.org";
        assertThatThrownBy(() -> MailSettings.of(longAddress, EmailNotices.EACH))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().getFirst().messageKey()).isEqualTo("mail.settings.emailTooLong"));
    }
}
