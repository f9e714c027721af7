package org.waymark.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A person who signs in: their roles, the organisation they belong to (school, family or
 * authority), the children they may see (parents) and their language. Guards its own lock state.
 */
public class AppUser {

    @Id
    private @Nullable Long id;
    private final String username;
    private String passwordHash;
    private String displayName;
    private @Nullable String email;
    private @Nullable Long localAuthorityId;
    private @Nullable Long familyId;
    private @Nullable Long schoolId;
    private String locale;
    private EmailNotices emailNotices;
    private boolean enabled;
    private int failedLogins;
    private @Nullable Instant lockedUntil;
    private @Nullable Instant lastLoginAt;
    /** Sessions signed in before this moment end on their next request (DD012). */
    private @Nullable Instant sessionsValidFrom;
    @MappedCollection(idColumn = "APP_USER_ID")
    private Set<UserRole> roles;
    @MappedCollection(idColumn = "APP_USER_ID")
    private Set<LinkedChild> children;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    AppUser(@Nullable Long id, String username, String passwordHash, String displayName, @Nullable String email,
            @Nullable Long localAuthorityId, @Nullable Long familyId, @Nullable Long schoolId, String locale,
            @Nullable EmailNotices emailNotices, boolean enabled, int failedLogins, @Nullable Instant lockedUntil, @Nullable Instant lastLoginAt,
            @Nullable Instant sessionsValidFrom, Set<UserRole> roles, Set<LinkedChild> children, @Nullable Integer version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.localAuthorityId = localAuthorityId;
        this.familyId = familyId;
        this.schoolId = schoolId;
        this.locale = locale;
        this.emailNotices = emailNotices == null ? EmailNotices.EACH : emailNotices;
        this.enabled = enabled;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
        this.lastLoginAt = lastLoginAt;
        this.sessionsValidFrom = sessionsValidFrom;
        this.roles = new HashSet<>(roles);
        this.children = new HashSet<>(children);
        this.version = version;
    }

    public static AppUser create(String username, String passwordHash, String displayName, Set<Role> roles,
                                 @Nullable Long localAuthorityId, @Nullable Long familyId, @Nullable Long schoolId) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        return new AppUser(null, username, passwordHash, displayName, null, localAuthorityId, familyId, schoolId,
                "en", EmailNotices.EACH, true, 0, null, null, null, roles.stream().map(UserRole::new).collect(Collectors.toSet()),
                Set.of(), null);
    }

    /** A failed sign-in: after {@code maxFailures} in a row the account is locked for {@code lockFor}. */
    public void recordFailedLogin(Instant now, int maxFailures, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** A new password hash (changed, reset or upgraded to stronger parameters). */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    /** Ends every session signed in before {@code now}: they are refused on their next request. */
    public void endSessionsBefore(Instant now) {
        this.sessionsValidFrom = now;
    }

    /** Whether a session signed in at {@code signedInAt} is still valid (not ended by an administrator or a change). */
    public boolean sessionValid(Instant signedInAt) {
        return sessionsValidFrom == null || !signedInAt.isBefore(sessionsValidFrom);
    }

    /** Turns the account on or off; a disabled account cannot sign in and its sessions end at once. */
    public void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        if (!enabled) {
            endSessionsBefore(now);
        }
    }

    /** Whether this person must use two-step sign-in (any of their roles asks for it). */
    public boolean requiresTwoStep() {
        return roleSet().stream().anyMatch(Role::requiresTwoStep);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void linkChild(long pupilId) {
        children.add(new LinkedChild(pupilId));
    }

    public void changeLocale(Locale newLocale) {
        this.locale = newLocale.getLanguage();
    }

    public void changeEmail(@Nullable String email) {
        this.email = email;
    }

    /** How notices reach this person by e-mail (they go only to an account with an address). */
    public void chooseEmailNotices(EmailNotices choice) {
        this.emailNotices = choice;
    }

    public Set<Role> roleSet() {
        return roles.stream().map(UserRole::role).collect(Collectors.toUnmodifiableSet());
    }

    public Set<Long> childIds() {
        return children.stream().map(LinkedChild::pupilId).collect(Collectors.toUnmodifiableSet());
    }

    public @Nullable Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public @Nullable String getEmail() { return email; }
    public @Nullable Long getLocalAuthorityId() { return localAuthorityId; }
    public @Nullable Long getFamilyId() { return familyId; }
    public @Nullable Long getSchoolId() { return schoolId; }
    public String getLocale() { return locale; }
    public EmailNotices getEmailNotices() { return emailNotices; }
    public boolean isEnabled() { return enabled; }
    public int getFailedLogins() { return failedLogins; }
    public @Nullable Instant getLockedUntil() { return lockedUntil; }
    public @Nullable Instant getLastLoginAt() { return lastLoginAt; }
    public @Nullable Instant getSessionsValidFrom() { return sessionsValidFrom; }
    public @Nullable Integer getVersion() { return version; }
}
