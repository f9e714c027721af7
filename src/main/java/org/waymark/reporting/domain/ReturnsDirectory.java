package org.waymark.reporting.domain;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Read-only queries for the statutory returns, streamed: each row goes to the callback as the
 * database hands it over, never into a list, so a national-size return does not sit in memory.
 * On MySQL and MariaDB (Connector/J) a fetch size of {@code Integer.MIN_VALUE} makes the driver
 * stream row by row; other databases get a modest fetch size.
 */
@Component
public class ReturnsDirectory {

    /** The SEN2-style person-level return: EHC plans of the authority, one row a plan (docs/sen2-return-format.md). */
    static final String SEN2 = "SELECT la.code AS la_code, p.upn, p.last_name, p.first_name, p.date_of_birth,"
            + " p.year_group, s.reference_number, s.name AS school_name, p.primary_need, sp.id AS plan_id, sp.status,"
            + " (SELECT MIN(v.agreed_at) FROM plan_version v WHERE v.support_plan_id = sp.id AND v.agreed = TRUE)"
            + " AS first_agreed_at,"
            + " (SELECT MAX(r.held_on) FROM plan_review r WHERE r.support_plan_id = sp.id) AS last_review_on,"
            + " sp.next_review_date, ea.received_on AS assessment_received_on, ea.decided_on AS assessment_decided_on,"
            + " ea.draft_sent_on AS assessment_draft_sent_on,"
            + " CASE WHEN ea.status = 'ISSUED' THEN ea.closed_on END AS assessment_issued_on"
            + " FROM support_plan sp JOIN pupil p ON p.id = sp.pupil_id JOIN school s ON s.id = p.school_id"
            + " JOIN local_authority la ON la.id = sp.local_authority_id"
            // the EHC needs assessment that made the plan (the latest, should a plan ever have had two)
            + " LEFT JOIN (SELECT e.support_plan_id, MAX(e.id) AS id FROM ehc_assessment e WHERE e.local_authority_id = :la"
            + " AND e.support_plan_id IS NOT NULL GROUP BY e.support_plan_id) made ON made.support_plan_id = sp.id"
            + " LEFT JOIN ehc_assessment ea ON ea.id = made.id"
            + " WHERE sp.local_authority_id = :la AND sp.plan_type = 'EHCP' ORDER BY sp.id";

    /** Welsh IDPs in force, per plan type and school (docs/aln-idp-count-format.md). */
    static final String IDPS = "SELECT sp.plan_type, s.reference_number, s.name AS school_name, COUNT(*) AS plans"
            + " FROM support_plan sp JOIN pupil p ON p.id = sp.pupil_id JOIN school s ON s.id = p.school_id"
            + " WHERE sp.local_authority_id = :la AND sp.plan_type IN ('IDP_SCHOOL', 'IDP_LA')"
            + " AND sp.status IN ('AGREED', 'UNDER_REVIEW')"
            + " GROUP BY sp.plan_type, s.id, s.reference_number, s.name ORDER BY s.name, sp.plan_type";

    private final NamedParameterJdbcTemplate jdbc;

    ReturnsDirectory(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(streamingFetchSize(dataSource));
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    private static int streamingFetchSize(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("mysql") || product.contains("mariadb") ? Integer.MIN_VALUE : 500;
        } catch (SQLException e) {
            return 500;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Each EHC plan of the authority, in plan order, handed to {@code row} as the database reads it. */
    public void sen2(long localAuthorityId, RowCallbackHandler row) {
        jdbc.query(SEN2, Map.of("la", localAuthorityId), row);
    }

    /** Each (plan type, school) with its count of IDPs in force. */
    public void idpsInForce(long localAuthorityId, RowCallbackHandler row) {
        jdbc.query(IDPS, Map.of("la", localAuthorityId), row);
    }

    /** Reads a nullable date column as ISO text, empty for none. */
    public static String date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? "" : d.toLocalDate().toString();
    }
}
