package org.waymark.plans.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.waymark.base.domain.Dates;
import org.waymark.documents.domain.Labels;
import org.waymark.documents.domain.PdfPages;
import org.waymark.plans.domain.AnnualReviewClock;
import org.waymark.plans.domain.EhcAnnualReview;
import org.waymark.plans.domain.ReviewDecision;

/**
 * The letter to a child's parents after an EHC plan's annual review when the authority decides to
 * amend or to cease the plan, in their language (the {@link Labels} given): the meeting, the
 * decision and its reasons, what happens next with its dates, and how to appeal. Plain words.
 */
final class ReviewLetterDocument {

    private final Labels labels;

    ReviewLetterDocument(Labels labels) {
        this.labels = labels;
    }

    byte[] render(String authorityName, String pupilName, EhcAnnualReview review, List<String> amendments) {
        ReviewDecision decision = Objects.requireNonNull(review.getDecision());
        String key = "letter.annualReview." + decision.name().toLowerCase();
        String title = labels.get(key + ".title");
        PdfPages pages = new PdfPages(labels, authorityName + " — " + title, title + " – " + pupilName);
        LocalDate on = Objects.requireNonNull(review.getDecidedOn());
        pages.title(authorityName).heading(title)
                .paragraph(labels.get("letter.annualReview.date", Dates.DAY_MONTH_YEAR.format(on)))
                .paragraph(labels.get("letter.annualReview.to", pupilName))
                .paragraph(labels.get("letter.annualReview.meeting", pupilName,
                        Dates.DAY_MONTH_YEAR.format(Objects.requireNonNull(review.getHeldOn()))));
        pages.heading(labels.get("letter.annualReview.decision"))
                .paragraph(labels.get(key + ".outcome", pupilName))
                .heading(labels.get("letter.annualReview.why"))
                .paragraph(EhcReviewService.text(review.getDecisionReason()));
        if (decision == ReviewDecision.AMEND) {
            LocalDate sent = Objects.requireNonNull(review.getAmendmentsSentOn());
            pages.section("letter.annualReview.amend.changes", amendments);
            pages.heading(labels.get("letter.annualReview.next"))
                    .paragraph(labels.get("letter.annualReview.amend.comments", AnnualReviewClock.AMENDMENT_COMMENT_DAYS,
                            Dates.DAY_MONTH_YEAR.format(AnnualReviewClock.commentsDue(sent))))
                    .paragraph(labels.get("letter.annualReview.amend.issue",
                            Dates.DAY_MONTH_YEAR.format(AnnualReviewClock.amendedPlanDue(sent))));
            pages.heading(labels.get("letter.annualReview.appeal"))
                    .paragraph(labels.get("letter.annualReview.amend.appeal"));
        } else {
            pages.heading(labels.get("letter.annualReview.next"))
                    .paragraph(labels.get("letter.annualReview.cease.next", pupilName));
            pages.heading(labels.get("letter.annualReview.appeal"))
                    .paragraph(labels.get("letter.annualReview.cease.appeal", pupilName));
        }
        pages.paragraph(labels.get("letter.annualReview.mediation"))
                .paragraph(labels.get("letter.annualReview.help"))
                .paragraph(labels.get("letter.annualReview.contact", authorityName));
        return pages.finish();
    }
}
