package org.waymark.security.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.EmailNotices;
import org.waymark.security.domain.MailSettings;
import org.waymark.security.domain.SessionAccounts;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserNames;
import org.waymark.security.domain.UserScope;

/**
 * User accounts: loading them for sign-in, counting failed sign-ins into a temporary lock,
 * and the user's own preferences.
 */
@Service
public class AccountService implements UserDetailsService, UserDetailsPasswordService {

    private final AppUserRepository users;
    private final UserNames userNames;
    private final SessionAccounts sessionAccounts;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockDuration;

    AccountService(AppUserRepository users, UserNames userNames, SessionAccounts sessionAccounts, AuditLog auditLog,
                   CurrentUser currentUser, Clock clock,
                   @Value("${waymark.security.max-failed-logins:5}") int maxFailedLogins,
                   @Value("${waymark.security.lock-minutes:15}") int lockMinutes) {
        this.users = users;
        this.userNames = userNames;
        this.sessionAccounts = sessionAccounts;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new WaymarkUserDetails(user, !user.isLockedAt(clock.instant()));
    }

    /**
     * Stores a stronger hash of the password just checked at sign-in (Spring Security calls this
     * when the stored hash is bcrypt or Argon2 with weaker parameters than today's).
     */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
        if (newPassword == null) {
            return user;
        }
        AppUser account = users.findByUsername(user.getUsername()).orElseThrow();
        account.changePasswordHash(newPassword);
        users.save(account);
        return new WaymarkUserDetails(account, !account.isLockedAt(clock.instant()));
    }

    /**
     * The account behind a session, read afresh on every request (DD012): its roles, school,
     * family, authority, children, whether it is enabled and whether it has an authenticator take
     * effect at once. One statement by primary key ({@link SessionAccounts}).
     */
    public Optional<SessionAccounts.SessionAccount> sessionUser(long userId) {
        return sessionAccounts.find(userId);
    }

    /** Counts a failed sign-in against an existing account; locks it after too many. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailedLogin(String username, String remoteAddress, String reason) {
        users.findByUsername(username).ifPresent(user -> {
            boolean wasLocked = user.isLockedAt(clock.instant());
            if (!wasLocked) {
                user.recordFailedLogin(clock.instant(), maxFailedLogins, lockDuration);
                users.save(user);
                if (user.isLockedAt(clock.instant())) {
                    auditLog.recordAs(username, remoteAddress, "ACCOUNT_LOCKED", "USER", String.valueOf(user.getId()),
                            AuditLog.Outcome.DENIED, "locked after " + maxFailedLogins + " failed sign-ins");
                }
            }
        });
        auditLog.recordAs(username, remoteAddress, "LOGIN", "USER", null, AuditLog.Outcome.DENIED, reason);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccessfulLogin(String username, String remoteAddress) {
        users.findByUsername(username).ifPresent(user -> {
            user.recordSuccessfulLogin(clock.instant());
            users.save(user);
        });
        auditLog.recordAs(username, remoteAddress, "LOGIN", "USER", null, AuditLog.Outcome.ALLOWED, null);
    }

    /** How many accounts belong to the caller's authority (not counting parents, who belong to none). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countUsersOfOwnAuthority() {
        Long laId = currentUser.require().localAuthorityId();
        return laId == null ? 0 : users.countByLocalAuthority(laId);
    }

    /** Stores the signed-in user's language; returns the refreshed scope for the session. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public UserScope changeLanguage(UserScope current, Locale locale) {
        AppUser user = users.findById(current.userId()).orElseThrow();
        user.changeLocale(locale);
        return UserScope.of(users.save(user));
    }

    /** The signed-in user's own e-mail settings (address and how often notices are mailed). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MailSettings myMailSettings() {
        AppUser user = users.findById(currentUser.require().userId()).orElseThrow();
        return new MailSettings(user.getEmail(), user.getEmailNotices());
    }

    /** Stores the signed-in user's own e-mail settings; a broken rule is refused with a message beside the field. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MailSettings changeMyMailSettings(@Nullable String email, @Nullable EmailNotices choice) {
        MailSettings settings = MailSettings.of(email, choice);
        AppUser user = users.findById(currentUser.require().userId()).orElseThrow();
        user.changeEmail(settings.email());
        user.chooseEmailNotices(settings.choice());
        users.save(user);
        auditLog.record("MAIL_SETTINGS", "USER", user.getId(), settings.choice().name());
        return settings;
    }

    /**
     * Where and how a notice to this account goes by e-mail, and in which language; empty for an
     * unknown or disabled account. For the notifications feature, which decides what a mail says.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MailRecipient> mailRecipient(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled)
                .map(u -> new MailRecipient(u.getUsername(), new MailSettings(u.getEmail(), u.getEmailNotices()),
                        Locale.forLanguageTag(u.getLocale())));
    }

    /** An account as the mail outbox needs it: its settings and language. */
    public record MailRecipient(String username, MailSettings settings, Locale locale) {
    }

    /** The parent accounts linked to a pupil: who is told when the child's plan changes. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> parentsOf(long pupilId) {
        return users.parentUsernamesOf(pupilId);
    }

    /** The accounts holding a role at a school (e.g. its SENCOs). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> holdersAtSchool(Role role, long schoolId) {
        return users.usernamesAtSchool(role.name(), schoolId);
    }

    /** The accounts holding an authority-wide role (e.g. its caseworkers). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> holdersInAuthority(Role role, long localAuthorityId) {
        return users.usernamesInAuthority(role.name(), localAuthorityId);
    }

    /** The accounts holding a family-wide role (e.g. the family's SENCO). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> holdersInFamily(Role role, long familyId) {
        return users.usernamesInFamily(role.name(), familyId);
    }

    /**
     * A staff account of the caller's authority, as a list of people to choose from shows it, and
     * its school or family of schools if any (to tell two people of the same name apart).
     */
    public record StaffMember(long userId, String username, String displayName, java.util.Set<Role> roles,
                              @org.jspecify.annotations.Nullable Long schoolId,
                              @org.jspecify.annotations.Nullable Long familyId) {
    }

    /**
     * The enabled staff accounts of the caller's authority (parents excluded), for choosing
     * panel members. Names and roles only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<StaffMember> staffOfOwnAuthority(UserScope caller) {
        if (caller.localAuthorityId() == null) {
            return List.of();
        }
        return users.findByLocalAuthorityIdAndEnabledTrueOrderByDisplayName(caller.localAuthorityId()).stream()
                .filter(u -> !u.roleSet().contains(Role.PARENT))
                .map(u -> new StaffMember(java.util.Objects.requireNonNull(u.getId()), u.getUsername(),
                        u.getDisplayName(), u.roleSet(), u.getSchoolId(), u.getFamilyId())).toList();
    }

    /**
     * Display names of the accounts with these login names, in one lookup: how records that keep
     * login names name people to their readers. Names only, nothing else about the accounts.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> displayNames(Collection<String> usernames) {
        return userNames.displayNames(usernames);
    }

    /**
     * The people named on a record, for the signed-in reader: display names, with the login name
     * beside them only for an administrator.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public People people(Collection<String> usernames) {
        boolean admin = currentUser.find().map(u -> u.has(Role.LA_ADMIN)).orElse(false);
        return new People(userNames.displayNames(usernames), admin);
    }
}
