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
                             boolean mayWithdraw, People people) {

    public RequestDetails {
        attachments = List.copyOf(attachments);
    }

    public long id() {
        return java.util.Objects.requireNonNull(request.getId());
    }

    public int lock() {
        return java.util.Objects.requireNonNull(request.getVersion());
    }
}
