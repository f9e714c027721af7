package org.waymark.pupils.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.waymark.organisation.domain.UkAuthorities;
import org.waymark.organisation.domain.UkAuthority;

/**
 * Flyway migration 51 (issue 20 point 6): a pupil's home authority and the authority that looks
 * after them were typed as text; they become codes from the UK reference list
 * ({@link UkAuthorities}) in the same columns. Each typed name is matched by
 * {@link UkAuthorities#match}; a home authority naming the pupil's own authority becomes empty
 * (which always meant "this authority"). A name that matches nothing is <em>kept</em> in the new
 * {@code *_unmatched} column, the code left empty, for a caseworker to resolve: shown beside the
 * field and in the authority's list of names to match. Values that are codes already are left
 * alone, so running it again changes nothing.
 */
@Component
public class AuthorityCodesMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("51.1");
    }

    @Override
    public String getDescription() {
        return "authority names become codes from the UK list";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        // the two *_unmatched columns come from V51 (SQL), so that repository tests without this bean have them
        convert(connection);
    }

    /** What was converted: to a code, emptied as the pupil's own authority, or kept unmatched. */
    public record Counts(int coded, int own, int unmatched) {
    }

    /**
     * Converts the typed names on the connection's database (the migration, and the demo's records
     * typed before the list); codes are left alone, so a second run changes nothing.
     */
    public static Counts convert(Connection connection) throws SQLException {
        Map<Long, Own> owners = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, code, name, name_cy FROM local_authority")) {
            while (rs.next()) {
                owners.put(rs.getLong(1), new Own(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        int coded = 0;
        int own = 0;
        int unmatched = 0;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, local_authority_id, home_authority, looked_after_by,"
                     + " home_authority_unmatched, looked_after_by_unmatched FROM pupil"
                     + " WHERE home_authority IS NOT NULL OR looked_after_by IS NOT NULL");
             PreparedStatement update = connection.prepareStatement("UPDATE pupil SET home_authority = ?,"
                     + " home_authority_unmatched = ?, looked_after_by = ?, looked_after_by_unmatched = ? WHERE id = ?")) {
            UkAuthorities list = UkAuthorities.list();
            while (rs.next()) {
                Own owner = owners.get(rs.getLong(2));
                String home = rs.getString(3);
                String by = rs.getString(4);
                String homeUnmatched = rs.getString(5);
                String byUnmatched = rs.getString(6);
                if ((home == null || list.isCode(home)) && (by == null || list.isCode(by))) {
                    continue;
                }
                if (home != null && !list.isCode(home)) {
                    Optional<UkAuthority> match = list.match(home);
                    if (match.isPresent()) {
                        home = match.get().code();
                        coded++;
                    } else if (owner != null && owner.named(home)) {
                        home = null;
                        own++;
                    } else {
                        homeUnmatched = home.strip();
                        home = null;
                        unmatched++;
                    }
                }
                if (by != null && !list.isCode(by)) {
                    Optional<UkAuthority> match = list.match(by);
                    if (match.isEmpty() && owner != null && owner.named(by)) {
                        match = list.byCode(owner.code());
                    }
                    if (match.isPresent()) {
                        by = match.get().code();
                        coded++;
                    } else {
                        byUnmatched = by.strip();
                        by = null;
                        unmatched++;
                    }
                }
                update.setString(1, home);
                update.setString(2, homeUnmatched);
                update.setString(3, by);
                update.setString(4, byUnmatched);
                update.setLong(5, rs.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
        return new Counts(coded, own, unmatched);
    }

    /** The pupil's own authority, as the portal holds it. */
    private record Own(String code, String name, @Nullable String nameCy) {
        boolean named(String typed) {
            String key = UkAuthorities.key(typed);
            return typed.strip().equalsIgnoreCase(code) || key.equals(UkAuthorities.key(name))
                    || (nameCy != null && key.equals(UkAuthorities.key(nameCy)));
        }
    }
}
