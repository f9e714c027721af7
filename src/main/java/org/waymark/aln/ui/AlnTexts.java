package org.waymark.aln.ui;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.MaintainerReason;
import org.waymark.aln.domain.ReferralClock;
import org.waymark.aln.domain.ReferralStatus;
import org.waymark.aln.service.AlnLetter;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.Translations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;

/** How the ALN screens word dates, answers, reasons and where a referral stands, in the reader's language. */
final class AlnTexts {

    private AlnTexts() {
    }

    static String t(String key, Object... args) {
        return I18NProvider.translate(key, args);
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : Dates.DAY_MONTH_YEAR.format(date);
    }

    static String yesNo(@Nullable Boolean answer) {
        return answer == null ? t("letter.aln.notAsked") : t(answer ? "common.yes" : "common.no");
    }

    /** Where a referral stands against its clock, in a line: days left, days late, sent (late), received, decided. */
    static String standing(AlnReferral r, ReferralClock.@Nullable Standing standing) {
        if (r.getStatus() == ReferralStatus.DECIDED) {
            return t("aln.row.decided", Translations.label(r.getOutcome()), date(r.getDecidedOn()));
        }
        if (r.getStatus() == ReferralStatus.SENT) {
            if (!r.fromSchool()) {
                return t("aln.row.received", date(r.getSentOn()), r.getReferrer());
            }
            return r.getDueBy() != null && r.getSentOn() != null && r.getSentOn().isAfter(r.getDueBy())
                    ? t("aln.row.sentLate", date(r.getSentOn()), date(r.getDueBy()))
                    : t("aln.row.sent", date(r.getSentOn()));
        }
        if (r.getDueBy() == null || standing == null) {
            return t("aln.row.noDue");
        }
        return standing.overdue() ? t("aln.row.late", date(r.getDueBy()), standing.schoolDays())
                : t("aln.row.dueLeft", date(r.getDueBy()), standing.schoolDays());
    }

    /** A headed list of reasons, each in the reader's words. */
    static UnorderedList reasons(List<MaintainerReason> reasons) {
        UnorderedList list = new UnorderedList();
        reasons.forEach(r -> list.add(new ListItem(Translations.label(r))));
        return list;
    }

    static Section section(String headingKey, Component... content) {
        return org.waymark.base.ui.Sections.section(headingKey, content);
    }

    static void term(DescriptionList list, String labelKey, @Nullable String value) {
        org.waymark.base.ui.Sections.term(list, labelKey, value);
    }

    /** A link that makes a letter when followed, through the service that checks and audits the reading. */
    static Component letter(String labelKey, String id, java.util.function.Supplier<AlnLetter> letter) {
        return DownloadLink.of(t(labelKey), id, () -> {
            AlnLetter made = letter.get();
            return new DownloadLink.File(made.fileName(), "application/pdf", made.bytes());
        });
    }
}
