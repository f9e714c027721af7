package org.waymark.ehc.service;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Dates;
import org.waymark.documents.domain.Labels;
import org.waymark.documents.domain.PdfPages;
import org.waymark.ehc.domain.AssessmentStatus;
import org.waymark.ehc.domain.EhcAssessment;

/**
 * The two refusal letters of the EHC needs assessment, to the child's parents in their language
 * (the {@link Labels} given): the decision not to assess, and — after assessing — the decision not
 * to issue an EHC plan. Each gives the reasons, what happens next, and the right to appeal to the
 * First-tier Tribunal (Special Educational Needs and Disability) after considering mediation.
 */
final class EhcLetterDocument {

    private final Labels labels;

    EhcLetterDocument(Labels labels) {
        this.labels = labels;
    }

    /** Who a letter comes from and is about. */
    record Parties(String authorityName, String schoolName, String pupilName) {
    }

    /** The letter of a closed assessment: not assessed, or not issuing a plan. */
    byte[] refusal(Parties p, EhcAssessment a) {
        String kind = a.getStatus() == AssessmentStatus.NOT_ASSESSED ? "notAssess" : "notIssue";
        String title = labels.get("letter.ehc." + kind + ".title");
        PdfPages pages = new PdfPages(labels, p.authorityName() + " — " + title, title + " – " + p.pupilName());
        LocalDate on = a.getClosedOn() == null ? a.getReceivedOn() : a.getClosedOn();
        pages.title(p.authorityName()).heading(title)
                .paragraph(labels.get("letter.ehc.date", Dates.DAY_MONTH_YEAR.format(on)))
                .paragraph(labels.get("letter.ehc.to", p.pupilName(), p.schoolName()))
                .paragraph(labels.get("letter.ehc.received", p.pupilName(), Dates.DAY_MONTH_YEAR.format(a.getReceivedOn()),
                        labels.get("letter.ehc.source." + a.getSource().name()), a.getRequester()));
        pages.heading(labels.get("letter.ehc.decision"))
                .paragraph(labels.get("letter.ehc." + kind + ".outcome", p.pupilName()))
                .heading(labels.get("letter.ehc.why")).paragraph(text(a.getClosedReasons()))
                .heading(labels.get("letter.ehc.next"))
                .paragraph(labels.get("letter.ehc." + kind + ".next", p.pupilName(), p.schoolName()));
        pages.heading(labels.get("letter.ehc.appeal.title"))
                .paragraph(labels.get("letter.ehc.appeal.right", p.pupilName()))
                .paragraph(labels.get("letter.ehc.appeal.mediation", p.authorityName()))
                .paragraph(labels.get("letter.ehc.appeal.when"))
                .paragraph(labels.get("letter.ehc.appeal.advice"));
        return pages.finish();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
