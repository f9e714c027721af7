package org.waymark.base.domain;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one way Waymark writes CSV: commons-csv's printer with every text cell that a spreadsheet
 * would run as a formula (one that starts with {@code = + - @}, a tab or a carriage return) made
 * inert by a leading apostrophe, as OWASP's "CSV injection" advice says. Numbers (and text that is
 * just a number, such as "-12.50") are left alone, since a number is not a formula. Imports of
 * Waymark's own files call {@link #unescape(String)} on their text cells so an export round-trips.
 */
public final class SafeCsv {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private SafeCsv() {
    }

    /** A printer over {@code out} in {@code format} that escapes every cell it prints. */
    public static Printer printer(Appendable out, CSVFormat format) throws IOException {
        return new Printer(new CSVPrinter(out, format));
    }

    /** The cell as a spreadsheet shows it as text: formula-like text gets a leading apostrophe. */
    public static @Nullable Object cell(@Nullable Object value) {
        if (!(value instanceof CharSequence text)) {
            return value;
        }
        String s = text.toString();
        return dangerous(s) ? "'" + s : s;
    }

    /** Whether a spreadsheet would read the text as a formula (or a DDE command). */
    public static boolean dangerous(String s) {
        if (s.isEmpty() || s.equals("-") || s.equals("+")) {
            // a lone sign is a dash in a cell, not a formula (the framework file marks "no descriptor" so)
            return false;
        }
        char first = s.charAt(0);
        boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formulaStart && !PLAIN_NUMBER.matcher(s).matches();
    }

    /** Undoes {@link #cell(Object)} for a cell read back from one of Waymark's exports. */
    public static String unescape(String s) {
        return s.length() > 1 && s.charAt(0) == '\'' && dangerous(s.substring(1)) ? s.substring(1) : s;
    }

    /** commons-csv's printer (a final class) behind the escaping. */
    public static final class Printer implements Closeable, Flushable {

        private final CSVPrinter csv;

        private Printer(CSVPrinter csv) {
            this.csv = csv;
        }

        public void printRecord(@Nullable Object... values) throws IOException {
            List<@Nullable Object> cells = new ArrayList<>(values.length);
            for (Object v : values) {
                cells.add(cell(v));
            }
            csv.printRecord(cells);
        }

        public void printRecord(Iterable<?> values) throws IOException {
            List<@Nullable Object> cells = new ArrayList<>();
            for (Object v : values) {
                cells.add(cell(v));
            }
            csv.printRecord(cells);
        }

        @Override
        public void flush() throws IOException {
            csv.flush();
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }
}
