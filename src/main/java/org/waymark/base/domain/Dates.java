package org.waymark.base.domain;

import java.time.format.DateTimeFormatter;

/** How dates are written on screens and in documents: day/month/year, as UK readers expect. */
public final class Dates {

    public static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/yyyy");

    private Dates() {
    }
}
