package org.waymark.attachments.domain;

/** The kind of record an attachment belongs to. */
public enum OwnerType {
    PLAN,
    BID
}
