package org.waymark.reporting.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure of a dashboard as a table: an id (for its chart, its CSV and its tests), the
 * message keys of its title and columns, and its rows. The first number of each row is what its
 * chart draws; every number is in the table and the CSV.
 */
public record ReportTable(String id, String titleKey, List<String> columnKeys, List<Row> rows) {

    public ReportTable {
        columnKeys = List.copyOf(columnKeys);
        rows = List.copyOf(rows);
    }

    /** A row: its label (already in the reader's words) and its numbers, one per column after the label. */
    public record Row(String label, List<BigDecimal> values) {
        public Row {
            values = List.copyOf(values);
        }

        public static Row of(String label, long... numbers) {
            return new Row(label, java.util.Arrays.stream(numbers).mapToObj(BigDecimal::valueOf).toList());
        }

        public BigDecimal first() {
            return values.isEmpty() ? BigDecimal.ZERO : values.getFirst();
        }
    }

    /** The row with this label, for tests and totals. */
    public java.util.Optional<Row> row(String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst();
    }

    /** The first number of the row with this label, zero when there is no such row. */
    public long count(String label) {
        return row(label).map(r -> r.first().longValue()).orElse(0L);
    }
}
