package org.waymark.pupils.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;

/**
 * V51 on rows as they were before it: typed names become codes, the pupil's own authority becomes
 * empty, an unknown name is kept beside an empty code; a second run changes nothing.
 */
class AuthorityCodesMigrationIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    @Test
    void typed_names_become_codes_and_nothing_unmatched_is_lost() throws Exception {
        long named = demo.enrolAt("Larkfield Primary School");
        long own = demo.enrolAt("Larkfield Primary School");
        long unknown = demo.enrolAt("Larkfield Primary School");
        String ownName = jdbc.sql("SELECT la.name FROM pupil p JOIN local_authority la ON la.id = p.local_authority_id"
                + " WHERE p.id = :id").param("id", own).query(String.class).single();
        set(named, "Birmingham City Council", true, "Cyngor Sir Ddinbych");
        set(own, "  " + ownName.toUpperCase() + " ", false, null);
        set(unknown, "Borsetshire County Council", true, "Ambridge Council");

        try (Connection connection = dataSource.getConnection()) {
            AuthorityCodesMigration.convert(connection);
        }
        assertThat(row(named)).containsEntry("HOME_AUTHORITY", "330").containsEntry("LOOKED_AFTER_BY", "663")
                .containsEntry("HOME_AUTHORITY_UNMATCHED", null).containsEntry("LOOKED_AFTER_BY_UNMATCHED", null);
        assertThat(row(own)).containsEntry("HOME_AUTHORITY", null).containsEntry("HOME_AUTHORITY_UNMATCHED", null);
        assertThat(row(unknown)).containsEntry("HOME_AUTHORITY", null)
                .containsEntry("HOME_AUTHORITY_UNMATCHED", "Borsetshire County Council")
                .containsEntry("LOOKED_AFTER_BY", null).containsEntry("LOOKED_AFTER_BY_UNMATCHED", "Ambridge Council");

        try (Connection connection = dataSource.getConnection()) {
            AuthorityCodesMigration.Counts again = AuthorityCodesMigration.convert(connection);
            assertThat(again).isEqualTo(new AuthorityCodesMigration.Counts(0, 0, 0));
        }
        assertThat(row(named)).containsEntry("HOME_AUTHORITY", "330");
        assertThat(row(unknown)).containsEntry("HOME_AUTHORITY_UNMATCHED", "Borsetshire County Council");
        for (long id : new long[] {named, own, unknown}) {
            jdbc.sql("UPDATE pupil SET home_authority = NULL, looked_after = FALSE, looked_after_by = NULL,"
                    + " home_authority_unmatched = NULL, looked_after_by_unmatched = NULL WHERE id = :id").param("id", id).update();
        }
    }

    private void set(long pupilId, String home, boolean lookedAfter, String by) {
        jdbc.sql("UPDATE pupil SET home_authority = :home, looked_after = :la, looked_after_by = :by,"
                + " home_authority_unmatched = NULL, looked_after_by_unmatched = NULL WHERE id = :id")
                .param("home", home).param("la", lookedAfter).param("by", by).param("id", pupilId).update();
    }

    private Map<String, Object> row(long pupilId) {
        Map<String, Object> row = new java.util.HashMap<>();
        jdbc.sql("SELECT home_authority, looked_after_by, home_authority_unmatched, looked_after_by_unmatched FROM pupil"
                + " WHERE id = :id").param("id", pupilId).query().singleRow()
                .forEach((k, v) -> row.put(k.toUpperCase(java.util.Locale.ROOT), v));
        return row;
    }
}
