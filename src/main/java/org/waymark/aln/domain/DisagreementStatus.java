package org.waymark.aln.domain;

/**
 * Where a disagreement stands: logged (no liaison officer yet), informal resolution with the
 * liaison officer, the authority's disagreement resolution service, the Education Tribunal for
 * Wales, closed. {@link DisagreementRules} says which step may follow which.
 */
public enum DisagreementStatus {
    LOGGED, INFORMAL, RESOLUTION_SERVICE, TRIBUNAL, CLOSED;

    public boolean open() {
        return this != CLOSED;
    }
}
