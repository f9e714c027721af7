package org.waymark.base.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How dates are written on screens and in documents: day/month/year, as UK readers expect. */
public final class Dates {

    public static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/yyyy");
    /** Times are stored in UTC and shown in UK local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private Dates() {
    }
}
