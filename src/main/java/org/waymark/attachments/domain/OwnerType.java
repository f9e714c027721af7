package org.waymark.attachments.domain;

/** The kind of record an attachment belongs to. */
public enum OwnerType {
    PLAN,
    BID,
    /** A school's request for ASN assistant hours (the column holds ten characters). */
    ASN_HOURS,
    /** A school's request for specialist equipment (Wales, ALN): the specialist assessment. */
    ALN_EQUIP,
    /** A request for an EHC needs assessment (England): the reasons' evidence. */
    EHC_REQ,
    /** One adviser's advice in an EHC needs assessment (England), returned as a document. */
    EHC_ADVICE,
    /** A RAS case (England): the documents its scores rest on, and the setting's reports before an annual review. */
    RAS_CASE
}
