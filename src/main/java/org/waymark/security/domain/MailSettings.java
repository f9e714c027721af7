package org.waymark.security.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;

/**
 * A person's e-mail settings: the address notices go to and how often. The rules: an address,
 * when given, looks like one (one {@code @}, a dot in the domain, no spaces, at most 200
 * characters: the column's size); a choice other than "none" needs an address.
 */
public record MailSettings(@Nullable String email, EmailNotices choice) {

    public static final int EMAIL_MAX = 200;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** The settings as typed, checked and tidied (blank means no address); a broken rule is refused with a message. */
    public static MailSettings of(@Nullable String typedEmail, @Nullable EmailNotices choice) {
        String email = typedEmail == null || typedEmail.isBlank() ? null : typedEmail.strip();
        List<Violation> problems = new ArrayList<>();
        if (choice == null) {
            problems.add(Violation.of("choice", "mail.settings.choiceRequired"));
        }
        if (email != null && email.length() > EMAIL_MAX) {
            problems.add(Violation.of("email", "mail.settings.emailTooLong", EMAIL_MAX));
        } else if (email != null && !ADDRESS.matcher(email).matches()) {
            problems.add(Violation.of("email", "mail.settings.emailInvalid"));
        } else if (email == null && choice != null && choice != EmailNotices.NONE) {
            problems.add(Violation.of("email", "mail.settings.emailRequired"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new MailSettings(email == null ? null : email.toLowerCase(Locale.ROOT), choice);
    }

    /** Whether notices go by e-mail at all under these settings. */
    public boolean mailsNotices() {
        return email != null && choice != EmailNotices.NONE;
    }
}
