package org.waymark.base.domain;

/** The UK nation whose framework an authority runs; decides plan types, year groups and calendars. */
public enum Nation {
    ENGLAND,
    WALES,
    SCOTLAND;

    /** Pupils in England and Wales carry a UPN; Scottish pupils a Scottish Candidate Number. */
    public boolean usesUpn() {
        return this != SCOTLAND;
    }

    /** England and Wales share one bank-holiday calendar; Scotland has its own. */
    public BankHolidayCalendar bankHolidayCalendar() {
        return this == SCOTLAND ? BankHolidayCalendar.SCOTLAND : BankHolidayCalendar.ENGLAND_WALES;
    }
}
