package org.waymark.asn.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.allocations.domain.HoursCost;
import org.waymark.asn.domain.LearningCentreStaffing;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.documents.domain.Labels;
import org.waymark.documents.domain.PdfPages;

/**
 * A school's hours statement for the session, as the Education Support Officer prints it after
 * the scrutiny: each pupil's hours a week with the school days and the cost in the session, the
 * school's total hours, the session's cost at the council's hourly rate, and a learning centre's
 * staffing from the council's ratio. Every label through the bundles (English in Scotland).
 */
final class HoursStatementPdf {

    private HoursStatementPdf() {
    }

    static byte[] write(ScrutinyService.SchoolScrutiny s, Labels labels, String printedBy, LocalDate today) {
        ScrutinyService.Costing c = s.costing();
        String title = labels.get("asn.statement.title", s.schoolName());
        PdfPages pages = new PdfPages(labels, title, title);
        pages.title(title);
        ScrutinyService.Session session = c.session();
        if (session == null) {
            pages.paragraph(labels.get("asn.statement.noSession"));
        } else {
            pages.paragraph(labels.get("asn.statement.session", session.academicYear(),
                    Dates.DAY_MONTH_YEAR.format(session.start()), Dates.DAY_MONTH_YEAR.format(session.end()),
                    session.schoolDays(), hours(HoursCost.weeks(session.schoolDays()))));
        }
        BigDecimal rate = c.hourlyRate();
        pages.paragraph(rate == null ? labels.get("asn.statement.noRate")
                : labels.get("asn.statement.rate", Money.pounds(rate)));
        pages.heading(labels.get("asn.statement.pupils"));
        if (c.lines().isEmpty()) {
            pages.paragraph(labels.get("asn.statement.noLines"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ScrutinyService.CostedLine l : c.lines()) {
                rows.add(List.of(l.line().pupilName(), hours(l.line().hours()),
                        Dates.DAY_MONTH_YEAR.format(l.line().start()), Dates.DAY_MONTH_YEAR.format(l.line().end()),
                        l.schoolDays() + " (" + hours(HoursCost.weeks(l.schoolDays())) + ")", money(l.cost())));
            }
            pages.table(new float[] {4, 2, 2.2f, 2.2f, 2.4f, 2.2f}, List.of("asn.statement.pupil",
                    "asn.statement.hours", "asn.statement.from", "asn.statement.to", "asn.statement.days",
                    "asn.statement.cost"), rows);
        }
        pages.paragraph(s.nextTermStarts() == null
                ? labels.get("asn.statement.totalNow", hours(s.hoursNow()))
                : labels.get("asn.statement.totals", hours(s.hoursNow()), hours(s.hoursFromNextTerm()),
                Dates.DAY_MONTH_YEAR.format(s.nextTermStarts())));
        if (c.cost() != null) {
            pages.paragraph(labels.get("asn.statement.totalCost", Money.pounds(c.cost())));
        }
        LearningCentreStaffing staffing = c.staffing();
        if (staffing != null) {
            pages.heading(labels.get("asn.statement.staffingTitle"));
            pages.paragraph(labels.get("asn.staffing.text", staffing.pupils(), hours(staffing.pupilsPerAssistant()),
                    hours(staffing.assistants()), hours(staffing.hoursAWeek()), hours(staffing.weekHours())));
        }
        pages.paragraph(labels.get("asn.statement.printed", Dates.DAY_MONTH_YEAR.format(today), printedBy));
        return pages.finish();
    }

    private static String hours(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String money(@Nullable BigDecimal amount) {
        return amount == null ? "—" : Money.pounds(amount);
    }
}
