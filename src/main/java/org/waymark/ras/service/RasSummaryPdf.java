package org.waymark.ras.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.documents.domain.Labels;
import org.waymark.documents.domain.PdfPages;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasOutcomeReview;
import org.waymark.ras.domain.RasOutcomes;
import org.waymark.ras.domain.RasProvision;
import org.waymark.ras.domain.RasScore;
import org.waymark.ras.domain.RasStep;

/**
 * The RAS summary (SPEC §12): the child, each outcome's level with its points and evidence, the
 * total points, the indicative resource with the similar past cases and their spread, the costed
 * provision against it, the route and the decision, and each step with who and when. Every label
 * through the bundles; people by name.
 */
final class RasSummaryPdf {

    private RasSummaryPdf() {
    }

    static byte[] write(RasCaseService.CaseDetails d, Labels labels, LocalDate today) {
        RasCase c = d.rasCase();
        String title = labels.get("ras.pdf.title", d.pupilName());
        PdfPages pages = new PdfPages(labels, title, title);
        pages.title(title);
        pages.paragraph(labels.get("ras.pdf.child", d.pupilName(), d.schoolName(),
                labels.get("ras.keyStage." + c.getKeyStage()), labels.get("enum.RasCaseKind." + c.getKind().name()),
                labels.get("enum.RasCaseStatus." + c.getStatus().name())));
        RasOutcomes outcomes = d.framework().outcomes();
        pages.heading(labels.get("ras.pdf.scores", d.framework().getVersionNo()));
        if (!c.getOutcomeReviews().isEmpty()) {
            pages.heading(labels.get("ras.pdf.outcomeReview"));
            List<List<String>> reviewed = new ArrayList<>();
            for (RasOutcomeReview r : c.getOutcomeReviews()) {
                reviewed.add(List.of(r.outcome(), r.progress() == null ? "—"
                        : labels.get("enum.OutcomeProgress." + r.progress().name()), r.note() == null ? "" : r.note()));
            }
            pages.table(new float[] {5, 2, 5}, List.of("ras.outcome", "ras.outcomeReview.progress",
                    "ras.outcomeReview.note"), reviewed);
        }
        java.util.Map<String, List<String>> documents = RasEvidenceService.names(d.evidence());
        List<List<String>> rows = new ArrayList<>();
        for (RasScore s : c.getScores()) {
            List<String> named = documents.getOrDefault(s.outcome(), List.of());
            String evidence = named.isEmpty() ? s.evidence() : (s.evidence().isBlank() ? "" : s.evidence() + "\n")
                    + labels.get("ras.pdf.documents", String.join(", ", named));
            var o = outcomes.outcome(s.outcome());
            rows.add(List.of(o.map(RasOutcomes.Outcome::name).orElse(s.outcome()),
                    s.level() + (o.isPresent() ? " – " + o.get().levels().get(Math.min(s.level(), o.get().maxLevel()))
                            : ""),
                    String.valueOf(o.map(x -> x.points(s.level())).orElse(0)), evidence));
        }
        if (rows.isEmpty()) {
            pages.paragraph(labels.get("ras.pdf.notScored"));
        } else {
            pages.table(new float[] {3, 4, 1.2f, 5}, List.of("ras.outcome", "ras.level", "ras.points",
                    "ras.evidence"), rows);
            pages.paragraph(labels.get("ras.pdf.totalPoints", c.getPoints()));
        }
        pages.heading(labels.get("ras.pdf.indicativeHeading"));
        BigDecimal indicative = c.getIndicative();
        pages.paragraph(indicative == null ? labels.get("ras.pdf.noIndicative")
                : labels.get("ras.pdf.indicative", Money.pounds(indicative)));
        if (c.getIndicativeNote() != null) {
            pages.paragraph(c.getIndicativeNote());
        }
        d.indication().ifPresent(i -> pages.paragraph(labels.get("ras.pdf.spread", i.similar().size(),
                Money.pounds(i.spread().lowest()), Money.pounds(i.spread().median()), Money.pounds(i.spread().highest()))));
        pages.heading(labels.get("ras.pdf.provisionHeading"));
        if (c.getProvisions().isEmpty()) {
            pages.paragraph(labels.get("ras.pdf.notCosted"));
        } else {
            if (c.getOutcomesAgreed() != null) {
                pages.paragraph(labels.get("ras.pdf.outcomesAgreed", c.getOutcomesAgreed()));
            }
            List<List<String>> lines = new ArrayList<>();
            for (RasProvision p : c.getProvisions()) {
                lines.add(List.of(p.rateName(), Money.pounds(p.hourlyRate()), p.hoursAWeek().stripTrailingZeros()
                        .toPlainString(), String.valueOf(p.weeks()), Money.pounds(p.cost())));
            }
            pages.table(new float[] {4, 2, 2, 1.5f, 2.5f}, List.of("ras.rate", "ras.hourlyRate", "ras.hoursAWeek",
                    "ras.weeks", "ras.cost"), lines);
            pages.paragraph(labels.get("ras.pdf.total", money(c.getTotalCost()),
                    Money.pounds(d.settings().getSignOffLimit())));
            if (c.getReconsidered() != null) {
                pages.paragraph(labels.get("ras.pdf.reconsidered", c.getReconsidered()));
            }
        }
        if (c.getRoute() != null) {
            pages.paragraph(labels.get("ras.pdf.route", labels.get("enum.RasRoute." + c.getRoute().name())));
        }
        if (c.getDecidedAmount() != null) {
            pages.paragraph(labels.get("ras.pdf.decided", Money.pounds(c.getDecidedAmount())));
        }
        pages.heading(labels.get("ras.pdf.steps"));
        List<List<String>> steps = new ArrayList<>();
        for (RasStep s : c.getSteps()) {
            steps.add(List.of(labels.get("enum.RasStepKind." + s.step().name()), d.people().name(s.actor()),
                    Dates.DAY_MONTH_YEAR_TIME.format(s.actedAt().atZone(java.time.ZoneId.of("Europe/London"))),
                    s.note() == null ? "" : s.note()));
        }
        pages.table(new float[] {2.5f, 3, 2.5f, 5}, List.of("ras.step", "ras.who", "ras.when", "ras.why"), steps);
        pages.paragraph(labels.get("ras.pdf.printed", Dates.DAY_MONTH_YEAR.format(today)));
        return pages.finish();
    }

    private static String money(@Nullable BigDecimal amount) {
        return amount == null ? "—" : Money.pounds(amount);
    }
}
