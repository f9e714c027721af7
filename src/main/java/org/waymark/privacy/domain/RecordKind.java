package org.waymark.privacy.domain;

/** The kinds of record the retention rules apply to, as the run report counts them. */
public enum RecordKind {
    /** A pupil's SEN record: the pupil row itself. */
    PUPIL,
    /** Rows that hang off an erased pupil (plans, bids, requests, incidents, decisions, ...). */
    PUPIL_LINKED,
    /** Ledger lines (allocations, family funding) kept for the totals with the pupil's link removed. */
    LEDGER_LINE,
    /** Stored files (attachments, letters) of an erased pupil. */
    FILE,
    /** In-app notices. */
    NOTICE,
    /** E-mails in the outbox. */
    OUTBOX_MAIL
}
