package org.waymark.security.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account behind a signed-in session, read on every request (DD012) in one statement by
 * primary key: the account row, its roles and linked children (joined on their primary keys) and
 * whether it has a confirmed authenticator (the credential's unique key on the account) — rather
 * than the aggregate's three reads plus a fourth for the authenticator.
 */
@Component
public class SessionAccounts {

    private final JdbcClient jdbc;

    SessionAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account as a request needs it, and whether it has a confirmed authenticator. */
    public record SessionAccount(AppUser user, boolean enrolled) {
    }

    public Optional<SessionAccount> find(long userId) {
        return jdbc.sql("""
                SELECT u.id, u.username, u.password_hash, u.display_name, u.email, u.local_authority_id,
                       u.family_id, u.school_id, u.locale, u.email_notices, u.enabled, u.failed_logins,
                       u.locked_until, u.last_login_at, u.sessions_valid_from, u.version,
                       r.role, c.pupil_id, t.confirmed_at AS two_step_confirmed_at
                FROM app_user u
                LEFT JOIN user_role r ON r.app_user_id = u.id
                LEFT JOIN linked_child c ON c.app_user_id = u.id
                LEFT JOIN two_step_credential t ON t.app_user_id = u.id
                WHERE u.id = :id""").param("id", userId).query((org.springframework.jdbc.core.ResultSetExtractor<Optional<SessionAccount>>) rs -> Optional.ofNullable(extract(rs)));
    }

    private static @Nullable SessionAccount extract(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return null;
        }
        // the account's columns repeat on every row (one per role and child): read from the first
        long id = rs.getLong("id");
        String username = rs.getString("username");
        String passwordHash = rs.getString("password_hash");
        String displayName = rs.getString("display_name");
        String email = rs.getString("email");
        Long localAuthorityId = nullableLong(rs, "local_authority_id");
        Long familyId = nullableLong(rs, "family_id");
        Long schoolId = nullableLong(rs, "school_id");
        String locale = rs.getString("locale");
        String notices = rs.getString("email_notices");
        boolean enabled = rs.getBoolean("enabled");
        int failedLogins = rs.getInt("failed_logins");
        Instant lockedUntil = instant(rs, "locked_until");
        Instant lastLoginAt = instant(rs, "last_login_at");
        Instant sessionsValidFrom = instant(rs, "sessions_valid_from");
        int version = rs.getInt("version");
        boolean enrolled = rs.getTimestamp("two_step_confirmed_at") != null;
        Set<UserRole> roles = new HashSet<>();
        Set<LinkedChild> children = new HashSet<>();
        do {
            String role = rs.getString("role");
            if (role != null) {
                roles.add(new UserRole(Role.valueOf(role)));
            }
            long pupil = rs.getLong("pupil_id");
            if (!rs.wasNull()) {
                children.add(new LinkedChild(pupil));
            }
        } while (rs.next());
        return new SessionAccount(new AppUser(id, username, passwordHash, displayName, email, localAuthorityId, familyId,
                schoolId, locale, notices == null ? null : EmailNotices.valueOf(notices), enabled, failedLogins,
                lockedUntil, lastLoginAt, sessionsValidFrom, roles, children, version), enrolled);
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
