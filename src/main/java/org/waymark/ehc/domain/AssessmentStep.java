package org.waymark.ehc.domain;

/**
 * A step of the assessment with a statutory time limit, counted from its start in calendar days
 * ({@link EhcClock}).
 */
public enum AssessmentStep {
    /** Decide whether to assess: 6 weeks from the request. */
    DECISION,
    /** Each adviser's advice: 6 weeks from the request for it. */
    ADVICE,
    /** Draft the plan, or decide not to issue one: 16 weeks from the request. */
    DRAFT,
    /** The parents' comments and choice of school on the draft: 15 days from sending it. */
    COMMENTS,
    /** The named school's answer to the consultation: 15 days from consulting it. */
    CONSULTATION,
    /** The final plan: 20 weeks from the request. */
    FINAL
}
