package org.waymark.attachments.domain;

/** What an attached document is; evidence rules ask for a kind (e.g. the health care plan). */
public enum AttachmentKind {
    RISK_ASSESSMENT,
    /** The individual protocol for a pupil who persistently shows signs of distress (Scotland's ASN hours). */
    INDIVIDUAL_PROTOCOL,
    BEHAVIOUR_PROTOCOL,
    HEALTH_CARE_PLAN,
    PROFESSIONAL_REPORT,
    EVIDENCE_OF_SPEND,
    /** The child's own contribution (their views, in their words or pictures). */
    CHILD_CONTRIBUTION,
    /** The family's contribution (the parents' or carers' views). */
    FAMILY_CONTRIBUTION,
    OTHER
}
