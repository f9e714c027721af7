package org.waymark.ras.domain;

/** Why a case is scored: after the decision to assess, or before an annual review at a key-stage transition. */
public enum RasCaseKind {
    ASSESSMENT,
    ANNUAL_REVIEW
}
