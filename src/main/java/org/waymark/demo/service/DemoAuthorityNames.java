package org.waymark.demo.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.pupils.service.AuthorityCodesMigration;

/**
 * Authority names typed before the list of UK local authorities (issue 20 point 6, DD013), so the
 * authority's list of names to match is not empty: three pupils' records hold a responsible
 * authority as it was once typed by hand — two at Wealdshire's Greyfriars Learning Centre, one at
 * Glanmor's Bro Hafren Primary School — and go through the very conversion migration V51.1 runs,
 * which keeps the names it cannot match beside an empty code. (The typed names are fictional
 * councils, so they stay unmatched.)
 */
@Component
class DemoAuthorityNames {

    static final List<String> WEALDSHIRE_TYPED = List.of("Borsetshire County Council", "Ambridge Borough");
    static final String GLANMOR_TYPED = "Cyngor Sir Llanddewi Fach";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DemoAuthorityNames(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Runs inside the demo loader's transaction (the conversion uses its connection). */
    void load() {
        List<Long> wealdshire = pupilsAt("Greyfriars Learning Centre", WEALDSHIRE_TYPED.size());
        for (int i = 0; i < wealdshire.size(); i++) {
            typed(wealdshire.get(i), WEALDSHIRE_TYPED.get(i));
        }
        pupilsAt("Bro Hafren Primary School", 1).forEach(id -> typed(id, GLANMOR_TYPED));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            AuthorityCodesMigration.convert(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The demo's typed authority names did not convert", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private List<Long> pupilsAt(String school, int count) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :school"
                        + " AND p.home_authority IS NULL AND p.looked_after = FALSE ORDER BY p.id LIMIT :n")
                .param("school", school).param("n", count).query(Long.class).list();
    }

    /** The record as it was before the list: the name in the code's column, as V51.1 found them. */
    private void typed(long pupilId, String name) {
        jdbc.sql("UPDATE pupil SET home_authority = :name WHERE id = :id").param("name", name).param("id", pupilId)
                .update();
    }
}
