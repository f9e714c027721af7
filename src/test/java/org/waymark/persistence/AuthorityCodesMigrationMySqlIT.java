package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.waymark.pupils.service.AuthorityCodesMigration;

/**
 * Migration V51.1 (AuthorityCodesMigration, issue 20 point 6, DD013) run by Flyway on a real
 * MySQL-compatible server ({@link MySqlTestServer}; CI's MariaDB): a fresh database migrated to 51,
 * pupils with names typed as they were before the list (a matched English and Welsh name, the
 * pupil's own authority in capitals, unknown names, a code already), then Flyway applies 51.1:
 * typed names become codes, the own authority becomes empty, unknown names are kept in the
 * {@code *_unmatched} columns; a second conversion changes nothing.
 */
class AuthorityCodesMigrationMySqlIT {

    @Test
    void flyway_converts_typed_authority_names_on_mariadb_and_keeps_the_unmatched() throws SQLException {
        MySqlTestServer server = MySqlTestServer.get();
        String url = server.freshDatabase("v51");
        Flyway.configure().dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration", "classpath:db/vendor/mysql").target("51").load().migrate();

        long named;
        long own;
        long unknown;
        long coded;
        try (Connection c = DriverManager.getConnection(url, server.username(), server.password())) {
            long la = insert(c, "INSERT INTO local_authority (code, name, name_cy, nation) VALUES"
                    + " ('WLD', 'Wealdshire County Council', NULL, 'ENGLAND')");
            long school = insert(c, "INSERT INTO school (local_authority_id, reference_number, name, phase, governance)"
                    + " VALUES (" + la + ", '9412001', 'Larkfield Primary School', 'PRIMARY', 'MAINTAINED')");
            named = pupil(c, la, school, "Birmingham City Council", true, "Cyngor Sir Ddinbych");
            own = pupil(c, la, school, "  WEALDSHIRE COUNTY COUNCIL ", false, null);
            unknown = pupil(c, la, school, "Borsetshire County Council", true, "Ambridge Council");
            coded = pupil(c, la, school, "330", false, null);
        }

        MigrateResult result = Flyway.configure().dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration", "classpath:db/vendor/mysql").target("51.1")
                .javaMigrations(new AuthorityCodesMigration()).load().migrate();
        assertThat(result.migrationsExecuted).isEqualTo(1);
        assertThat(result.migrations.getFirst().version).isEqualTo("51.1");

        try (Connection c = DriverManager.getConnection(url, server.username(), server.password())) {
            // Birmingham's DfE code, Denbighshire's Welsh code (named in Welsh)
            assertThat(row(c, named)).containsEntry("home_authority", "330").containsEntry("looked_after_by", "663")
                    .containsEntry("home_authority_unmatched", null).containsEntry("looked_after_by_unmatched", null);
            // the pupil's own authority typed as the home authority: empty, which means "this authority"
            assertThat(row(c, own)).containsEntry("home_authority", null).containsEntry("home_authority_unmatched", null)
                    .containsEntry("looked_after_by", null).containsEntry("looked_after_by_unmatched", null);
            // nothing lost: unknown names kept beside empty codes
            assertThat(row(c, unknown)).containsEntry("home_authority", null)
                    .containsEntry("home_authority_unmatched", "Borsetshire County Council")
                    .containsEntry("looked_after_by", null).containsEntry("looked_after_by_unmatched", "Ambridge Council");
            assertThat(row(c, coded)).containsEntry("home_authority", "330").containsEntry("home_authority_unmatched", null);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT success FROM flyway_schema_history WHERE version = '51.1'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).isTrue();
            }
            // a second run (as at the next start with a baseline reset) finds nothing left to convert
            assertThat(AuthorityCodesMigration.convert(c)).isEqualTo(new AuthorityCodesMigration.Counts(0, 0, 0));
            assertThat(row(c, unknown)).containsEntry("home_authority_unmatched", "Borsetshire County Council");
        }
    }

    private static long pupil(Connection c, long la, long school, String home, boolean lookedAfter, String by)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO pupil (local_authority_id, school_id, first_name,"
                + " last_name, name_key, first_name_key, date_of_birth, year_group, year_rank, primary_need,"
                + " home_authority, looked_after, looked_after_by, created_at, updated_at)"
                + " VALUES (?, ?, 'Ada', 'Stone', 'stone ada', 'ada', '2017-03-01', 'Y4', 4, 'COGNITION_LEARNING',"
                + " ?, ?, ?, '2026-11-18 10:00:00', '2026-11-18 10:00:00')", Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, la);
            st.setLong(2, school);
            st.setString(3, home);
            st.setBoolean(4, lookedAfter);
            st.setString(5, by);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Map<String, Object> row(Connection c, long pupilId) throws SQLException {
        Map<String, Object> row = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT home_authority, looked_after_by,"
                + " home_authority_unmatched, looked_after_by_unmatched FROM pupil WHERE id = ?")) {
            st.setLong(1, pupilId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                for (String column : new String[] {"home_authority", "looked_after_by", "home_authority_unmatched",
                        "looked_after_by_unmatched"}) {
                    row.put(column, rs.getString(column));
                }
            }
        }
        return row;
    }
}
