package org.waymark.notifications.domain;

/** Where a mail in the outbox stands: waiting (first try or a retry), sent, or given up after the last try. */
public enum MailStatus {
    PENDING,
    SENT,
    FAILED
}
