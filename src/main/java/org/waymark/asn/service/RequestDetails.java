package org.waymark.asn.service;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.asn.domain.AsnRequest;
import org.waymark.asn.domain.HoursEligibility;
import org.waymark.asn.domain.PlanFacts;
import org.waymark.asn.domain.RequestContext;
import org.waymark.attachments.domain.Attachment;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.security.service.People;

/**
 * A request as its pages show it: the request, who and where it is for, the facts the
 * eligibility rules read (so a form can re-check unsaved answers as they are typed), the check
 * of the stored answers, the documents attached, and what the reader may do with it.
 *
 * @param mayEdit   the reader is the pupil's school (SENCO or head teacher) and the request is a draft
 * @param mayDecide the reader is the authority's Education Support Officer and the request awaits a decision
 * @param people    display names of everyone named in its history and attachments
 */
public record RequestDetails(AsnRequest request, String pupilName, String schoolName, YearGroup yearGroup,
                             @Nullable PlanFacts plan, RequestContext context, HoursEligibility.Check check,
                             List<Attachment> attachments, boolean mayEdit, boolean mayDecide,
                             boolean mayWithdraw, People people, @Nullable MidTermActions midTerm) {

    public RequestDetails {
        attachments = List.copyOf(attachments);
    }

    /**
     * What the reader may do with a mid-term request where it stands.
     *
     * @param assess             the lead officer's assessment is theirs to make now
     * @param join               the second officer's joint view is theirs to give now (never the lead's)
     * @param approve            the inclusion team's approval or decline is theirs now
     * @param review             an officer may review the approved hours now
     * @param earlyYearsOfficer  the login of the council's early-years officer, for an early-years request
     * @param sessionStart       the first day approved hours may run from
     */
    public record MidTermActions(boolean assess, boolean join, boolean approve, boolean review,
                                 @Nullable String earlyYearsOfficer, java.time.LocalDate sessionStart) {
    }

    public long id() {
        return java.util.Objects.requireNonNull(request.getId());
    }

    public int lock() {
        return java.util.Objects.requireNonNull(request.getVersion());
    }
}
