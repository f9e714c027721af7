package org.waymark.ehc.ui;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.Translations;
import org.waymark.ehc.domain.AdviceKind;
import org.waymark.ehc.domain.AssessmentStep;
import org.waymark.ehc.domain.CaseSteps;
import org.waymark.ehc.domain.EhcClock;
import org.waymark.ehc.service.EhcLetter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;

/** How the assessment's screens word dates, steps and where a step stands, in the reader's language. */
final class EhcTexts {

    private EhcTexts() {
    }

    static String t(String key, Object... args) {
        return I18NProvider.translate(key, args);
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : Dates.DAY_MONTH_YEAR.format(date);
    }

    /** Where a step stands today: days left, due today, days late; paused when an exception is open. */
    static String standing(EhcClock.Standing s) {
        String text = s.overdue() ? t("ehc.standing.late", date(s.due()), s.days())
                : s.days() == 0 ? t("ehc.standing.today", date(s.due()))
                : t("ehc.standing.left", date(s.due()), s.days());
        return s.paused() ? text + " · " + t("ehc.standing.paused") : text;
    }

    /** The step, with the adviser for advice. */
    static String step(AssessmentStep step, CaseSteps.@Nullable OpenAdvice advice) {
        if (step == AssessmentStep.ADVICE && advice != null) {
            return Translations.label(step) + " · " + adviser(advice.kind(), advice.adviser());
        }
        return Translations.label(step);
    }

    static String adviser(AdviceKind kind, String adviser) {
        return adviser.isBlank() ? Translations.label(kind) : Translations.label(kind) + " (" + adviser + ")";
    }

    static Section section(String headingKey, Component... content) {
        return org.waymark.base.ui.Sections.section(headingKey, content);
    }

    static void term(DescriptionList list, String labelKey, @Nullable String value) {
        org.waymark.base.ui.Sections.term(list, labelKey, value);
    }

    /** A link that makes a letter when followed, through the service that checks and audits the reading. */
    static Component letter(String labelKey, String id, java.util.function.Supplier<EhcLetter> letter) {
        return DownloadLink.of(t(labelKey), id, () -> {
            EhcLetter made = letter.get();
            return new DownloadLink.File(made.fileName(), "application/pdf", made.bytes());
        });
    }
}
