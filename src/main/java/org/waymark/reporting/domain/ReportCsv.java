package org.waymark.reporting.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.commons.csv.CSVFormat;
import org.waymark.base.domain.SafeCsv;

/** A report table as RFC 4180 CSV: a header of its columns in the reader's words, one record a row. */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static byte[] write(ReportTable table, UnaryOperator<String> columnLabel) {
        StringWriter out = new StringWriter();
        String[] header = table.columnKeys().stream().map(columnLabel).toArray(String[]::new);
        try (SafeCsv.Printer csv = SafeCsv.printer(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (ReportTable.Row row : table.rows()) {
                List<Object> record = new ArrayList<>();
                record.add(row.label());
                row.values().forEach(v -> record.add(v.stripTrailingZeros().toPlainString()));
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
