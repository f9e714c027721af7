package org.waymark.base.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How dates are written on screens and in documents: day/month/year, as UK readers expect. */
public final class Dates {

    public static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/yyyy");
    /** Times are stored in UTC and shown in UK local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** A moment (stored in UTC) as UK readers see it: day/month/year and the local time. */
    public static final DateTimeFormatter DAY_MONTH_YEAR_TIME = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm")
            .withZone(ZONE);

    /** The financial year (by its starting calendar year) a date falls in: April to March. */
    public static int financialYearOf(java.time.LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /** "2026-27" for the financial year starting in April 2026. */
    public static String financialYearLabel(int financialYear) {
        return financialYear + "-" + String.format("%02d", (financialYear + 1) % 100);
    }

    private Dates() {
    }
}
