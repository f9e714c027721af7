package org.waymark.ehc.domain;

/** Where an EHC needs assessment is. ISSUED, NOT_ASSESSED and NOT_ISSUED are closed. */
public enum AssessmentStatus {
    /** Received: the decision whether to assess is due. */
    REQUESTED,
    /** Assessing: advice asked for; then a draft plan, or a decision not to issue one. */
    ASSESSING,
    /** The draft EHC plan is written, sent to the parents, the named school consulted. */
    DRAFT,
    /** The final plan issued (the plan's agreed version). */
    ISSUED,
    /** The authority decided not to assess (a letter with appeal rights). */
    NOT_ASSESSED,
    /** After assessing, the authority decided not to issue a plan (a letter with appeal rights). */
    NOT_ISSUED;

    public boolean open() {
        return this == REQUESTED || this == ASSESSING || this == DRAFT;
    }
}
