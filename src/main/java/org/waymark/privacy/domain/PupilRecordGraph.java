package org.waymark.privacy.domain;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Which tables hold a pupil's record, read from the database's own catalogue so that a table a
 * later migration adds is covered without touching this class: every table with a
 * {@code pupil_id} column hangs off the pupil, and every table that points at one of those — by
 * a foreign key, or by a column named {@code <table>_id} where the migrations kept no key —
 * hangs off that table in turn.
 * <p>
 * A link whose column may be empty is a reference, not ownership: erasing the parent empties
 * it (the allocation ledger keeps its amounts that way) instead of deleting the row.
 */
@Component
public class PupilRecordGraph {

    /** Tables never touched: the audit trail (kept by its own rules), the schema history, these reports. */
    private static final Set<String> LEFT_ALONE = Set.of("AUDIT_EVENT", "FLYWAY_SCHEMA_HISTORY", "RETENTION_RUN",
            "RETENTION_RUN_LINE", "RETENTION_RUN_AUTHORITY");

    /** A table pointing at another: {@code table.column} holds the other's id (or the pupil's). */
    public record Link(String table, String column, boolean nullable) {
    }

    /** One table's columns (upper case) and whether each may be empty. */
    public record Table(String name, String catalogueName, Map<String, Boolean> columns) {
        public boolean hasId() {
            return columns.containsKey("ID");
        }

        public boolean hasFile() {
            return columns.containsKey("STORED_NAME");
        }
    }

    private final DataSource dataSource;
    private volatile @Nullable Map<String, Table> tables;
    private volatile @Nullable Map<String, List<Link>> children;

    PupilRecordGraph(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The pupil table and every table that hangs off it, each once. */
    public Set<String> tablesOfAPupil() {
        Set<String> seen = new LinkedHashSet<>();
        collect("PUPIL", seen);
        return seen;
    }

    private void collect(String table, Set<String> seen) {
        if (!seen.add(table)) {
            return;
        }
        for (Link link : linksFrom(table)) {
            collect(link.table(), seen);
        }
    }

    public Table table(String name) {
        Table table = load().get(name);
        if (table == null) {
            throw new IllegalArgumentException("no table " + name);
        }
        return table;
    }

    /** The tables pointing at rows of {@code table} (for PUPIL: those with a pupil_id column). */
    public List<Link> linksFrom(String table) {
        load();
        return java.util.Objects.requireNonNull(children).getOrDefault(table, List.of());
    }

    private Map<String, Table> load() {
        Map<String, Table> loaded = tables;
        if (loaded != null) {
            return loaded;
        }
        synchronized (this) {
            if (tables == null) {
                read();
            }
            return java.util.Objects.requireNonNull(tables);
        }
    }

    private void read() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            Map<String, Table> found = new LinkedHashMap<>();
            try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    String actual = rs.getString("TABLE_NAME");
                    String name = actual.toUpperCase(Locale.ROOT);
                    if (!LEFT_ALONE.contains(name)) {
                        found.put(name, new Table(name, actual, new LinkedHashMap<>()));
                    }
                }
            }
            for (Table table : found.values()) {
                try (ResultSet rs = meta.getColumns(catalog, schema, table.catalogueName(), "%")) {
                    while (rs.next()) {
                        table.columns().put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT),
                                rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls);
                    }
                }
            }
            Map<String, List<Link>> links = new LinkedHashMap<>();
            for (Table table : found.values()) {
                Set<String> linked = new LinkedHashSet<>();
                // foreign keys the migrations declared
                try (ResultSet rs = meta.getImportedKeys(catalog, schema, table.catalogueName())) {
                    while (rs.next()) {
                        String parent = rs.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT);
                        String column = rs.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT);
                        if (found.containsKey(parent) && linked.add(parent + "." + column)) {
                            add(links, parent, table, column);
                        }
                    }
                }
                // and the naming convention where they declared none
                for (String column : table.columns().keySet()) {
                    if (column.endsWith("_ID")) {
                        String parent = column.substring(0, column.length() - 3);
                        if (found.containsKey(parent) && !parent.equals(table.name())
                                && linked.add(parent + "." + column)) {
                            add(links, parent, table, column);
                        }
                    }
                }
            }
            children = links;
            tables = found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database catalogue", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void add(Map<String, List<Link>> links, String parent, Table child, String column) {
        links.computeIfAbsent(parent, k -> new ArrayList<>())
                .add(new Link(child.name(), column, Boolean.TRUE.equals(child.columns().get(column))));
    }
}
