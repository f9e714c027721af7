package org.waymark.asn.domain;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.pupils.domain.YearGroup;

/**
 * The facts outside the school's answers that the eligibility rules need: the pupil's year group
 * (the senior phase, reducing with age), whether the school is a learning centre and how long its
 * week is, what the pupil's record says (looked after, a sensory impairment, social, emotional or
 * behavioural needs, a diagnosis), the current Child's Plan, the hours the pupil holds now (the
 * ledger) and the kinds of documents attached to the request.
 */
public record RequestContext(YearGroup yearGroup, boolean learningCentre, BigDecimal weekHours, boolean lookedAfter,
                             boolean sensoryImpairment, boolean socialEmotionalBehavioural, boolean diagnosisRecorded,
                             @Nullable PlanFacts plan, @Nullable BigDecimal hoursHeld, Set<AttachmentKind> attached,
                             MidTerm midTerm) {

    /** Whether the request is a mid-term allocation, and which kind. */
    public enum MidTerm {
        /** A request for the session's scrutiny. */
        NONE,
        /** A mid-term request for a child in early years. */
        EARLY_YEARS,
        /** A mid-term request for any other pupil (one arriving mid-session): exceptional. */
        EXCEPTIONAL
    }

    public RequestContext {
        attached = Set.copyOf(attached);
    }

    /** The facts of a request for the session's scrutiny. */
    public RequestContext(YearGroup yearGroup, boolean learningCentre, BigDecimal weekHours, boolean lookedAfter,
                          boolean sensoryImpairment, boolean socialEmotionalBehavioural, boolean diagnosisRecorded,
                          @Nullable PlanFacts plan, @Nullable BigDecimal hoursHeld, Set<AttachmentKind> attached) {
        this(yearGroup, learningCentre, weekHours, lookedAfter, sensoryImpairment, socialEmotionalBehavioural,
                diagnosisRecorded, plan, hoursHeld, attached, MidTerm.NONE);
    }

    /** The same facts with other documents attached (the form's attachments step changes them). */
    public RequestContext withAttached(Set<AttachmentKind> kinds) {
        return new RequestContext(yearGroup, learningCentre, weekHours, lookedAfter, sensoryImpairment,
                socialEmotionalBehavioural, diagnosisRecorded, plan, hoursHeld, kinds, midTerm);
    }
}
