package org.waymark.base.domain;

/** A published bank-holiday calendar. */
public enum BankHolidayCalendar {
    ENGLAND_WALES,
    SCOTLAND
}
