package org.waymark.bids.service;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.attachments.domain.Attachment;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.BidRules;
import org.waymark.bids.domain.NotionalThreshold;
import org.waymark.security.service.People;

/**
 * A bid as its page and wizard show it: the bid, whose it is, the framework it was made against,
 * the threshold that applies to this pupil, the level the framework proposes, the outcome of the
 * rules, the attachments, what the reader may do with it, and the
 * people named on it (display names for the login names it keeps).
 */
public record BidDetails(Bid bid, String pupilName, String schoolName, BidFramework framework,
                         NotionalThreshold.Threshold threshold, BidFrameworks.@Nullable Proposal proposal,
                         BidRules.Check check, List<Attachment> attachments, boolean mayWrite,
                         boolean mayModerate, People people) {
}
