package org.waymark.security.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;

/**
 * An authority administrator's care of its accounts: turning one off or on, ending its sessions,
 * resetting its two-step sign-in and issuing a password reset code. Only accounts of the
 * administrator's own authority: its staff, and the parents (whose accounts belong to no
 * authority) of its pupils; every action audited.
 */
@Service
public class AccountAdministration {

    private final AppUserRepository users;
    private final TwoStepService twoStep;
    private final PasswordService passwords;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    AccountAdministration(AppUserRepository users, TwoStepService twoStep, PasswordService passwords,
                          CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.users = users;
        this.twoStep = twoStep;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** One account as the administrator's list shows it. */
    public record Account(long id, String username, String displayName, Set<Role> roles, boolean enabled,
                          boolean twoStepEnrolled, boolean twoStepRequired, java.time.@Nullable Instant lastLoginAt) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('LA_ADMIN')")
    public List<Account> accounts() {
        Long laId = currentUser.require().localAuthorityId();
        if (laId == null) {
            return List.of();
        }
        List<AppUser> all = new java.util.ArrayList<>(users.findByLocalAuthorityIdOrderByDisplayName(laId));
        users.findAllById(users.parentIdsInAuthority(laId)).forEach(all::add);
        return all.stream()
                .map(u -> new Account(Objects.requireNonNull(u.getId()), u.getUsername(), u.getDisplayName(),
                        u.roleSet(), u.isEnabled(), twoStep.enrolled(u.getId()), u.requiresTwoStep(), u.getLastLoginAt()))
                .sorted(Comparator.comparing(Account::displayName)).toList();
    }

    /** Turns an account off (its sessions end on their next request) or on again. */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public void setEnabled(long userId, boolean enabled) {
        AppUser user = ownAuthority(userId, enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE");
        if (!enabled && user.getUsername().equals(currentUser.require().username())) {
            auditLog.recordDenied("ACCOUNT_DISABLE", "USER", userId, "own account");
            throw new AccessDeniedException("An administrator cannot turn off their own account");
        }
        user.setEnabled(enabled, clock.instant());
        users.save(user);
        auditLog.record(enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE", "USER", userId, user.getUsername());
    }

    /** Ends every session of the account: each is refused on its next request and must sign in again. */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public void endSessions(long userId) {
        AppUser user = ownAuthority(userId, "SESSIONS_END");
        user.endSessionsBefore(clock.instant());
        users.save(user);
        auditLog.record("SESSIONS_END", "USER", userId, user.getUsername());
    }

    /** Removes the account's authenticator (a lost phone): it enrols again at its next sign-in; its sessions end. */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public void resetTwoStep(long userId) {
        AppUser user = ownAuthority(userId, "TWO_STEP_RESET");
        twoStep.remove(userId);
        user.endSessionsBefore(clock.instant());
        users.save(user);
        auditLog.record("TWO_STEP_RESET", "USER", userId, user.getUsername());
    }

    /** Issues a one-time password reset code for the account (shown once to the administrator to pass on). */
    @Transactional
    @PreAuthorize("hasRole('LA_ADMIN')")
    public PasswordService.IssuedReset issuePasswordReset(long userId) {
        AppUser user = ownAuthority(userId, "PASSWORD_RESET_ISSUE");
        PasswordService.IssuedReset issued = passwords.issue(user, currentUser.require().username());
        auditLog.record("PASSWORD_RESET_ISSUE", "USER", userId, user.getUsername() + " until " + issued.expiresAt());
        return issued;
    }

    private AppUser ownAuthority(long userId, String action) {
        UserScope caller = currentUser.require();
        AppUser user = users.findById(userId).orElse(null);
        if (user == null || caller.localAuthorityId() == null
                || !(caller.localAuthorityId().equals(user.getLocalAuthorityId())
                || user.getLocalAuthorityId() == null && users.childrenInAuthority(userId, caller.localAuthorityId()) > 0)) {
            auditLog.recordDenied(action, "USER", userId, "outside own authority");
            throw new AccessDeniedException("Not an account of your authority");
        }
        return user;
    }
}
