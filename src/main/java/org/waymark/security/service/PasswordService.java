package org.waymark.security.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.CommonPasswords;
import org.waymark.security.domain.PasswordPolicy;
import org.waymark.security.domain.PasswordReset;
import org.waymark.security.domain.PasswordResetRepository;

/**
 * Passwords (DD012): a user changes their own (knowing the current one); an administrator issues a
 * one-time reset code (kept hashed, expiring) with which the user sets a new one from the sign-in
 * page. Every new password meets {@link PasswordPolicy}; a change ends the account's other sessions.
 */
@Service
public class PasswordService {

    /** Reset codes: 4 groups of 4 from an alphabet without look-alikes (0/O, 1/I/L): about 77 bits. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final AppUserRepository users;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration resetValidity;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final SecureRandom random = new SecureRandom();
    /** Compared against when no account or code matches, so a miss costs as long as a hit. */
    private final String dummyHash;

    PasswordService(AppUserRepository users, PasswordResetRepository resets, PasswordEncoder passwordEncoder,
                    CurrentUser currentUser, AuditLog auditLog, Clock clock, SignInThrottle throttle,
                    @Value("${waymark.security.reset-hours:24}") int resetHours) {
        this.users = users;
        this.resets = resets;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.throttle = throttle;
        this.resetValidity = Duration.ofHours(resetHours);
        this.policy = new PasswordPolicy(CommonPasswords.shipped());
        this.dummyHash = Objects.requireNonNull(passwordEncoder.encode("not a reset code"));
    }

    /** A reset code as the administrator sees it once, to pass on to the user. */
    public record IssuedReset(String username, String code, Instant expiresAt) {
    }

    /**
     * Changes the signed-in user's password. The current password is asked for again; the new one
     * must meet the policy. Every session of the account signed in before the change ends; the
     * returned moment is when the change took effect, for the caller to keep its own session.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Instant changeOwn(String currentPassword, String newPassword, String repeated) {
        AppUser user = users.findById(currentUser.require().userId()).orElseThrow();
        List<Violation> problems = new ArrayList<>();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            problems.add(Violation.of("current", "password.problem.WRONG_CURRENT"));
        }
        problems.addAll(newPasswordProblems(user, newPassword, repeated));
        if (!problems.isEmpty()) {
            auditLog.recordDenied("PASSWORD_CHANGE", "USER", user.getId(), problems.getFirst().messageKey());
            throw new ValidationException(problems);
        }
        Instant now = setPassword(user, newPassword);
        auditLog.record("PASSWORD_CHANGE", "USER", user.getId(), null);
        return now;
    }

    /** The rules a new password is checked against, as messages for the field named {@code password}. */
    public List<Violation> newPasswordProblems(AppUser user, String newPassword, String repeated) {
        List<Violation> problems = new ArrayList<>();
        policy.check(newPassword, user.getUsername()).ifPresent(p -> problems.add(
                Violation.of("password", "password.problem." + p.name(), PasswordPolicy.MIN_LENGTH)));
        if (!newPassword.equals(repeated)) {
            problems.add(Violation.of("repeat", "password.problem.MISMATCH"));
        }
        return problems;
    }

    private Instant setPassword(AppUser user, String newPassword) {
        // to the microsecond the database keeps (DATETIME(6)): the session kept at the change compares its
        // sign-in instant with the stored value, which H2 would otherwise round up past it
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        user.changePasswordHash(Objects.requireNonNull(passwordEncoder.encode(newPassword)));
        user.endSessionsBefore(now);
        users.save(user);
        resets.findByAppUserIdAndUsedAtIsNull(Objects.requireNonNull(user.getId())).forEach(r -> {
            r.retire(now);
            resets.save(r);
        });
        return now;
    }

    /** Issues a reset code for an account (the caller checked the administrator may); older codes stop working. */
    IssuedReset issue(AppUser user, String issuedBy) {
        Instant now = clock.instant();
        long userId = Objects.requireNonNull(user.getId());
        resets.findByAppUserIdAndUsedAtIsNull(userId).forEach(r -> {
            r.retire(now);
            resets.save(r);
        });
        String code = newCode();
        Instant expires = now.plus(resetValidity);
        resets.save(PasswordReset.issue(userId, Objects.requireNonNull(passwordEncoder.encode(normalise(code))),
                issuedBy, now, expires));
        return new IssuedReset(user.getUsername(), code, expires);
    }

    /**
     * Sets a new password with a reset code, from the sign-in page (nobody signed in). A wrong
     * name, a wrong, used or expired code all give the same refusal and count as a failed attempt
     * of the source address (throttled like sign-ins); the account's sessions end and the code is used up.
     */
    @Transactional(noRollbackFor = ValidationException.class)
    public void resetWithCode(String username, String code, String newPassword, String repeated, String remoteAddress) {
        Instant now = clock.instant();
        Optional<AppUser> found = users.findByUsername(username.strip()).filter(AppUser::isEnabled);
        List<PasswordReset> open = found.map(u -> resets.findByAppUserIdAndUsedAtIsNull(Objects.requireNonNull(u.getId())))
                .orElse(List.of());
        String given = normalise(code);
        PasswordReset matching = null;
        for (PasswordReset reset : open) {
            if (passwordEncoder.matches(given, reset.getCodeHash()) && reset.usableAt(now)) {
                matching = reset;
            }
        }
        if (open.isEmpty()) {
            passwordEncoder.matches(given, dummyHash);
        }
        if (throttle.blocked(remoteAddress)) {
            matching = null;
        }
        if (matching == null || found.isEmpty()) {
            throttle.recordFailure(remoteAddress);
            auditLog.recordAs(username, remoteAddress, "PASSWORD_RESET", "USER", null, AuditLog.Outcome.DENIED,
                    "wrong, used or expired code");
            throw new ValidationException(List.of(Violation.of("code", "password.problem.BAD_CODE")));
        }
        AppUser user = found.get();
        List<Violation> problems = newPasswordProblems(user, newPassword, repeated);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        matching.use(now);
        resets.save(matching);
        setPassword(user, newPassword);
        auditLog.recordAs(username, remoteAddress, "PASSWORD_RESET", "USER", String.valueOf(user.getId()),
                AuditLog.Outcome.ALLOWED, null);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
