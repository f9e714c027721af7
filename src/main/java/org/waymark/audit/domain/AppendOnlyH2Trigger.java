package org.waymark.audit.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * H2's twin of the MySQL/MariaDB triggers of migration V47: an audit row is never deleted, and
 * changed only to seal it once (its chain columns set while still empty, its content unchanged).
 * The application never tries either; this stops anyone else who has the application's login.
 */
public final class AppendOnlyH2Trigger implements Trigger {

    private static final java.util.Set<String> CHAIN_COLUMNS = java.util.Set.of("CHAIN_SEQ", "PREV_HASH", "ROW_HASH");

    private String table = "";
    private int type;
    private int rowHash = -1;
    private boolean[] content = new boolean[0];

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        this.table = tableName;
        this.type = type;
        try (PreparedStatement columns = conn.prepareStatement("SELECT COLUMN_NAME, ORDINAL_POSITION"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            columns.setString(1, schemaName);
            columns.setString(2, tableName);
            java.util.Map<Integer, String> byPosition = new java.util.TreeMap<>();
            try (ResultSet rs = columns.executeQuery()) {
                while (rs.next()) {
                    byPosition.put(rs.getInt(2), rs.getString(1).toUpperCase(java.util.Locale.ROOT));
                }
            }
            content = new boolean[byPosition.size()];
            for (var e : byPosition.entrySet()) {
                int index = e.getKey() - 1;
                content[index] = !CHAIN_COLUMNS.contains(e.getValue());
                if (e.getValue().equals("ROW_HASH")) {
                    rowHash = index;
                }
            }
        }
    }

    @Override
    public void fire(Connection conn, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        if (type == DELETE || oldRow == null || newRow == null) {
            throw new SQLException(table + " is append-only: rows cannot be deleted", "45000");
        }
        boolean sealed = rowHash >= 0 && oldRow[rowHash] != null;
        boolean contentChanged = false;
        for (int i = 0; i < content.length && i < oldRow.length; i++) {
            contentChanged |= content[i] && !Objects.equals(oldRow[i], newRow[i]);
        }
        if (sealed || contentChanged || rowHash < 0) {
            throw new SQLException(table + " is append-only: rows cannot be changed", "45000");
        }
    }
}
