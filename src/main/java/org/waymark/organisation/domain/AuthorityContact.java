package org.waymark.organisation.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;

/**
 * Whom parents and schools contact at the authority about SEND decisions and appeals: the team's
 * e-mail address, telephone number and postal address, each optional (a letter names the
 * authority alone when none is given). The rules: an e-mail address looks like one (one
 * {@code @}, a dot in the domain, no spaces); a telephone number is 7 to 15 digits, which may be
 * spaced or grouped with brackets and hyphens and may start with {@code +}; a postal address is
 * at most six lines. Each fits its column: nothing is cut short, a longer text is refused.
 */
public record AuthorityContact(@Nullable String email, @Nullable String phone, @Nullable String postalAddress) {

    public static final AuthorityContact NONE = new AuthorityContact(null, null, null);

    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    public static final int ADDRESS_MAX = 300;
    static final int ADDRESS_LINES = 6;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]+");

    /** The contact as typed, checked and tidied (blank means none); broken rules are refused with messages by field. */
    public static AuthorityContact of(@Nullable String typedEmail, @Nullable String typedPhone,
                                      @Nullable String typedAddress) {
        String email = tidy(typedEmail);
        String phone = tidy(typedPhone);
        String address = typedAddress == null ? null : tidyLines(typedAddress);
        List<Violation> problems = new ArrayList<>();
        if (email != null && email.length() > EMAIL_MAX) {
            problems.add(Violation.of("email", "authority.contact.emailTooLong", EMAIL_MAX));
        } else if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(Violation.of("email", "authority.contact.emailInvalid"));
        }
        if (phone != null && phone.length() > PHONE_MAX) {
            problems.add(Violation.of("phone", "authority.contact.phoneTooLong", PHONE_MAX));
        } else if (phone != null && (!PHONE.matcher(phone).matches() || digits(phone) < 7 || digits(phone) > 15)) {
            problems.add(Violation.of("phone", "authority.contact.phoneInvalid"));
        }
        if (address != null && address.length() > ADDRESS_MAX) {
            problems.add(Violation.of("address", "authority.contact.addressTooLong", ADDRESS_MAX));
        } else if (address != null && address.lines().count() > ADDRESS_LINES) {
            problems.add(Violation.of("address", "authority.contact.addressLines", ADDRESS_LINES));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new AuthorityContact(email == null ? null : email.toLowerCase(Locale.ROOT), phone, address);
    }

    /** Whether nothing is given. */
    public boolean isEmpty() {
        return email == null && phone == null && postalAddress == null;
    }

    /** The postal address on one line, its lines joined by commas (for a sentence in a letter); empty for none. */
    public String addressOnOneLine() {
        return postalAddress == null ? "" : String.join(", ", postalAddress.lines().toList());
    }

    private static @Nullable String tidy(@Nullable String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** Each line stripped, empty lines dropped; null when nothing is left. */
    private static @Nullable String tidyLines(String typed) {
        String joined = String.join("\n", Arrays.stream(typed.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
        return joined.isEmpty() ? null : joined;
    }

    private static long digits(String phone) {
        return phone.chars().filter(Character::isDigit).count();
    }
}
