package org.waymark.aln.service;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.aln.domain.AlnDecision;
import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.Decider;
import org.waymark.aln.domain.MaintainerReason;
import org.waymark.aln.domain.ReferralOutcome;
import org.waymark.aln.domain.ReferralSource;
import org.waymark.base.domain.Dates;
import org.waymark.documents.domain.Labels;
import org.waymark.documents.domain.PdfPages;

/**
 * The two letters of the Welsh ALN process, to the child's parents in their language (the
 * {@link Labels} given): the decision that a pupil does not have ALN, with its reasons, and the
 * authority's decision on a referral. Plain words; each says what happens next and how to disagree.
 */
final class AlnLetterDocument {

    private final Labels labels;

    AlnLetterDocument(Labels labels) {
        this.labels = labels;
    }

    /** Who a letter comes from and is about. */
    record Parties(String authorityName, String schoolName, String pupilName) {
    }

    /** The letter that a pupil does not have ALN: from the school, or from the authority when it decided. */
    byte[] noAln(Parties p, AlnDecision d) {
        String from = d.getDecider() == Decider.SCHOOL ? p.schoolName() : p.authorityName();
        String title = labels.get("letter.aln.noAln.title");
        PdfPages pages = new PdfPages(labels, from + " — " + title, title + " – " + p.pupilName());
        LocalDate on = d.getDecidedOn() == null ? LocalDate.MIN : d.getDecidedOn();
        pages.title(from).heading(title)
                .paragraph(labels.get("letter.aln.date", Dates.DAY_MONTH_YEAR.format(on)))
                .paragraph(labels.get("letter.aln.to", p.pupilName(), p.schoolName()))
                .paragraph(labels.get("letter.aln.noAln.considered", from, p.pupilName(),
                        Dates.DAY_MONTH_YEAR.format(d.getConcernOn()),
                        labels.get("letter.aln.source." + d.getConcernSource().name())));
        pages.heading(labels.get("letter.aln.decision"))
                .paragraph(labels.get("letter.aln.noAln.outcome", p.pupilName()))
                .paragraph(labels.get("letter.aln.reason." + java.util.Objects.requireNonNull(d.getOutcomeReason()).name(),
                        p.pupilName()));
        pages.heading(labels.get("letter.aln.test1"))
                .paragraph(labels.get("letter.aln.test1a", yesNo(d.getSignificantDifficulty())))
                .paragraph(labels.get("letter.aln.test1b", yesNo(d.getEqualityActDisability())))
                .paragraph(text(d.getTest1Reasons()));
        if (d.getCallsForAlp() != null) {
            pages.heading(labels.get("letter.aln.test2"))
                    .paragraph(labels.get("letter.aln.test2answer", yesNo(d.getCallsForAlp())))
                    .paragraph(text(d.getTest2Reasons()));
        }
        pages.heading(labels.get("letter.aln.evidence")).paragraph(text(d.getEvidence()));
        pages.heading(labels.get("letter.aln.provision")).paragraph(text(d.getInclusiveProvision()));
        pages.heading(labels.get("letter.aln.next"))
                .paragraph(labels.get("letter.aln.noAln.next", p.schoolName(), p.pupilName()))
                .paragraph(labels.get("letter.aln.disagree", p.authorityName()));
        return pages.finish();
    }

    /** The authority's decision on a referral, with the reasons it was referred for and its own. */
    byte[] referralDecision(Parties p, AlnReferral r) {
        String title = labels.get("letter.aln.referral.title");
        PdfPages pages = new PdfPages(labels, p.authorityName() + " — " + title, title + " – " + p.pupilName());
        LocalDate on = r.getDecidedOn() == null ? LocalDate.MIN : r.getDecidedOn();
        LocalDate received = r.getSentOn() == null ? r.getStartedOn() : r.getSentOn();
        pages.title(p.authorityName()).heading(title)
                .paragraph(labels.get("letter.aln.date", Dates.DAY_MONTH_YEAR.format(on)))
                .paragraph(labels.get("letter.aln.to", p.pupilName(), p.schoolName()));
        if (r.getSource() == ReferralSource.SCHOOL) {
            pages.paragraph(labels.get("letter.aln.referral.fromSchool", p.schoolName(), p.pupilName(),
                    Dates.DAY_MONTH_YEAR.format(received)));
            List<String> reasons = r.reasons().stream().map(this::reason).toList();
            pages.section("letter.aln.referral.reasons", reasons);
        } else {
            pages.paragraph(labels.get("letter.aln.referral.received", p.pupilName(), Dates.DAY_MONTH_YEAR.format(received),
                    labels.get("letter.aln.referrer." + r.getSource().name()), r.getReferrer()));
        }
        ReferralOutcome outcome = r.getOutcome() == null ? ReferralOutcome.AUTHORITY_DECIDES : r.getOutcome();
        pages.heading(labels.get("letter.aln.decision"))
                .paragraph(labels.get("letter.aln.referral.outcome." + outcome.name(), p.pupilName(), p.schoolName()))
                .heading(labels.get("letter.aln.referral.why")).paragraph(text(r.getOutcomeReasons()))
                .heading(labels.get("letter.aln.next"))
                .paragraph(labels.get("letter.aln.referral.next." + outcome.name(), p.pupilName(), p.schoolName()))
                .paragraph(labels.get("letter.aln.disagree", p.authorityName()));
        return pages.finish();
    }

    private String reason(MaintainerReason reason) {
        return "• " + labels.get("enum.MaintainerReason." + reason.name());
    }

    private String yesNo(@Nullable Boolean answer) {
        return labels.get(answer == null ? "letter.aln.notAsked" : answer ? "common.yes" : "common.no");
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
