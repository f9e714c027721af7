package org.waymark.panels.service;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.documents.domain.Labels;
import org.waymark.documents.domain.PdfPages;
import org.waymark.organisation.domain.AuthorityContact;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelOutcome;

/**
 * The standard decision letter (SPEC §6): to the school and the family, saying what the panel
 * decided and why, the period it funds, and how to ask for an appeal (route, deadline, and the authority's
 * contact: e-mail, telephone, postal address). Written in the
 * recipient's language by the labels given.
 */
final class LetterDocument {

    /**
     * What a letter says. {@code from}/{@code to} are the funded period from the ledger, if any.
     * {@code sentOn} is the date of the letter: the day it was sent, or null for a letter not yet
     * sent, which is marked as a draft with the day it was written ({@code writtenOn}).
     * {@code appealDays} is the period to ask for an appeal in working days from the letter's date, and
     * {@code appealBy} its last day on the authority's calendar (none until the letter is dated).
     * {@code contact} is whom to contact at the authority (its e-mail, telephone and postal address, as far as given).
     */
    record Content(String authorityName, String pupilName, String schoolName, PanelKind panel, LocalDate meetingDate,
                   PanelCase decided, @Nullable String levelName, @Nullable LocalDate from, @Nullable LocalDate to,
                   @Nullable LocalDate sentOn, LocalDate writtenOn, int appealDays, @Nullable LocalDate appealBy,
                   AuthorityContact contact) {
    }

    private final Labels labels;

    LetterDocument(Labels labels) {
        this.labels = labels;
    }

    byte[] render(Content c) {
        String title = labels.get("letter.title");
        PdfPages pages = new PdfPages(labels, c.authorityName() + " — " + title, title + " – " + c.pupilName());
        PanelCase d = c.decided();
        pages.title(c.authorityName()).heading(title)
                .paragraph(c.sentOn() != null ? labels.get("letter.date", Dates.DAY_MONTH_YEAR.format(c.sentOn()))
                        : labels.get("letter.draft", Dates.DAY_MONTH_YEAR.format(c.writtenOn())))
                .paragraph(labels.get("letter.to", c.schoolName(), c.pupilName()))
                .paragraph(labels.get("letter.meeting", labels.get("enum.PanelKind." + c.panel().name()),
                        Dates.DAY_MONTH_YEAR.format(c.meetingDate())));
        pages.heading(labels.get("letter.decision"));
        PanelOutcome outcome = d.outcome() == null ? PanelOutcome.DECLINED : d.outcome();
        pages.paragraph(labels.get("letter.outcome." + outcome.name()));
        if (outcome == PanelOutcome.AWARDED) {
            if (c.levelName() != null) {
                pages.paragraph(labels.get("letter.level", c.levelName()));
            }
            if (d.amount() != null) {
                pages.paragraph(labels.get("letter.amount", Money.pounds(d.amount())));
            }
            if (c.from() != null && c.to() != null) {
                pages.paragraph(labels.get("letter.period", Dates.DAY_MONTH_YEAR.format(c.from()),
                        Dates.DAY_MONTH_YEAR.format(c.to())));
            }
        }
        pages.heading(labels.get("letter.reasons")).paragraph(d.reasons() == null ? "" : d.reasons());
        pages.heading(labels.get("letter.next"));
        appeal(pages, c);
        return pages.finish();
    }

    /**
     * How the parent can appeal: the route (the school's head teacher asks, through the family of
     * schools, which must support it — funding arrangements para 4.28), who hears it, the last
     * day to ask, and whom to contact.
     */
    private void appeal(PdfPages pages, Content c) {
        pages.paragraph(labels.get("letter.appeal.route", c.schoolName()))
                .paragraph(labels.get("letter.appeal.panel"))
                .paragraph(c.appealBy() != null
                        ? labels.get("letter.appeal.deadline", Dates.DAY_MONTH_YEAR.format(c.appealBy()), c.appealDays())
                        : labels.get("letter.appeal.deadlineDraft", c.appealDays()))
                .paragraph(labels.get("letter.appeal.contact", c.authorityName()));
        AuthorityContact contact = c.contact();
        if (contact.email() != null) {
            pages.paragraph(labels.get("letter.appeal.email", contact.email()));
        }
        if (contact.phone() != null) {
            pages.paragraph(labels.get("letter.appeal.phone", contact.phone()));
        }
        if (contact.postalAddress() != null) {
            pages.paragraph(labels.get("letter.appeal.post", contact.addressOnOneLine()));
        }
    }
}
