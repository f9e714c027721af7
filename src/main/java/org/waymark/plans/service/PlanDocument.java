package org.waymark.plans.service;

import java.util.ArrayList;
import java.util.List;

import org.waymark.base.domain.Dates;
import org.waymark.documents.domain.Labels;
import org.waymark.documents.domain.PdfPages;
import org.waymark.plans.domain.EhcSections;
import org.waymark.plans.domain.PlanContent;

/**
 * Renders one plan version as a PDF: every section, a header with the pupil's name and a footer
 * with "page x of y", all labels in the reader's language.
 */
final class PlanDocument {

    private final Labels labels;

    PlanDocument(Labels labels) {
        this.labels = labels;
    }

    byte[] render(String pupilName, String planTypeLabel, String statusLine, PlanContent content,
                  List<String> familyViews, List<String> attachmentLines) {
        return render(pupilName, planTypeLabel, statusLine, content, familyViews, attachmentLines, false);
    }

    /** With {@code ehcSections}, the plan in the EHC plan's statutory sections A to K. */
    byte[] render(String pupilName, String planTypeLabel, String statusLine, PlanContent content,
                  List<String> familyViews, List<String> attachmentLines, boolean ehcSections) {
        PdfPages pages = new PdfPages(labels, pupilName + " — " + planTypeLabel, planTypeLabel + " – " + pupilName);
        pages.title(planTypeLabel).heading(pupilName).paragraph(statusLine);
        if (ehcSections) {
            ehcp(pages, content);
            pages.section("plan.familyViews", familyViews);
            pages.section("attachment.title", attachmentLines);
            return pages.finish();
        }
        statements(pages, "plan.section.whatMatters", content.whatMatters());
        statements(pages, "plan.section.likedFor", content.likedFor());
        statements(pages, "plan.section.howToSupport", content.howToSupport());
        pages.section("plan.section.needs", content.needs().stream()
                .map(n -> labels.get("enum.AreaOfNeed." + n.area().name()) + ": " + n.description()).toList());
        pages.section("plan.section.outcomes", content.outcomes().stream()
                .map(o -> o.key() + " — " + o.text() + " (" + labels.get("plan.outcome.by",
                        o.targetDate().format(Dates.DAY_MONTH_YEAR)) + ")").toList());
        provision(pages, content);
        pages.section("plan.section.assistant", content.assistantRole() == null ? List.of()
                : List.of(content.assistantRole().description() + " (" + labels.get("plan.assistant.serves",
                String.join(", ", content.assistantRole().outcomeKeys())) + ")"));
        pages.section("plan.section.equipment", content.equipment());
        pages.section("plan.section.agencies", content.agencies());
        pages.section("plan.familyViews", familyViews);
        pages.section("attachment.title", attachmentLines);
        return pages.finish();
    }

    /** Sections A to K (SEND Code of Practice 9.62), the person-centred content mapped into them. */
    private void ehcp(PdfPages pages, PlanContent c) {
        EhcSections e = c.ehc();
        part(pages, "A");
        statements(pages, "plan.section.whatMatters", c.whatMatters());
        statements(pages, "plan.section.likedFor", c.likedFor());
        statements(pages, "plan.section.howToSupport", c.howToSupport());
        statements(pages, "plan.section.aspirations", e.aspirations());
        part(pages, "B");
        lines(pages, c.needs().stream()
                .map(n -> labels.get("enum.AreaOfNeed." + n.area().name()) + ": " + n.description()).toList());
        part(pages, "C");
        lines(pages, e.healthNeeds());
        part(pages, "D");
        lines(pages, e.socialCareNeeds());
        part(pages, "E");
        lines(pages, c.outcomes().stream().map(o -> o.key() + " — " + o.text() + " (" + labels.get("plan.outcome.by",
                o.targetDate().format(Dates.DAY_MONTH_YEAR)) + ")").toList());
        part(pages, "F");
        provisionTable(pages, c.provisions());
        if (!c.provisions().isEmpty()) {
            pages.paragraph(labels.get("plan.provision.totals",
                    c.totalHoursPerWeek().stripTrailingZeros().toPlainString(),
                    c.totalAnnualCost().stripTrailingZeros().toPlainString()));
        }
        pages.section("plan.section.assistant", c.assistantRole() == null ? List.of()
                : List.of(c.assistantRole().description() + " (" + labels.get("plan.assistant.serves",
                String.join(", ", c.assistantRole().outcomeKeys())) + ")"));
        pages.section("plan.section.equipment", c.equipment());
        part(pages, "G");
        provisionTable(pages, e.healthProvision());
        part(pages, "H1");
        provisionTable(pages, e.socialCareSection2());
        part(pages, "H2");
        provisionTable(pages, e.otherSocialCare());
        part(pages, "I");
        lines(pages, e.placement() == null ? List.of() : List.of(e.placement().name() + " — "
                + labels.get("enum.PlacementType." + e.placement().type().name())));
        part(pages, "J");
        lines(pages, e.personalBudget() == null ? List.of() : List.of(e.personalBudget().arrangements(),
                labels.get("plan.ehc.budget.line", plain(e.personalBudget().annualAmount()),
                        plain(e.personalBudget().directPayments()))));
        part(pages, "K");
        List<String> advice = new ArrayList<>(e.advice().stream()
                .map(a -> a.from() + " (" + Dates.DAY_MONTH_YEAR.format(a.dated()) + ")").toList());
        advice.addAll(c.agencies());
        lines(pages, advice);
    }

    private void part(PdfPages pages, String letter) {
        pages.heading(labels.get("plan.ehc.section." + letter));
    }

    private void lines(PdfPages pages, List<String> lines) {
        if (lines.isEmpty()) {
            pages.paragraph(labels.get("pdf.empty"));
        }
        lines.forEach(pages::paragraph);
    }

    private void provisionTable(PdfPages pages, List<PlanContent.Provision> provisions) {
        if (provisions.isEmpty()) {
            pages.paragraph(labels.get("pdf.empty"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PlanContent.Provision p : provisions) {
            rows.add(List.of(p.outcomeKey(), p.what(), p.who(), p.frequency(), plain(p.hoursPerWeek()),
                    "£" + plain(p.annualCost()), labels.get("enum.DeliveryLanguage." + p.language().name()),
                    labels.get("enum.GroupSize." + p.groupSize().name())));
        }
        pages.table(new float[]{1f, 4f, 3f, 3f, 1.4f, 1.6f, 2f, 2f}, List.of("plan.editor.outcomeKey",
                "plan.editor.what", "plan.editor.who", "plan.editor.frequency", "plan.editor.hoursPerWeek",
                "plan.editor.annualCost", "plan.editor.language", "plan.editor.groupSize"), rows);
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private void statements(PdfPages pages, String key, List<PlanContent.Statement> statements) {
        pages.section(key, statements.stream()
                .map(s -> "[" + labels.get("enum.Voice." + s.voice().name()) + "] " + s.text()).toList());
    }

    private void provision(PdfPages pages, PlanContent content) {
        if (content.provisions().isEmpty()) {
            pages.section("plan.section.provision", List.of());
            return;
        }
        pages.heading(labels.get("plan.section.provision"));
        List<List<String>> rows = new ArrayList<>();
        for (PlanContent.Provision p : content.provisions()) {
            rows.add(List.of(p.outcomeKey(), p.what(), p.who(), p.frequency(),
                    p.hoursPerWeek().stripTrailingZeros().toPlainString(),
                    "£" + p.annualCost().stripTrailingZeros().toPlainString(),
                    labels.get("enum.DeliveryLanguage." + p.language().name()),
                    labels.get("enum.GroupSize." + p.groupSize().name())));
        }
        pages.table(new float[]{1f, 4f, 3f, 3f, 1.4f, 1.6f, 2f, 2f}, List.of("plan.editor.outcomeKey",
                "plan.editor.what", "plan.editor.who", "plan.editor.frequency", "plan.editor.hoursPerWeek",
                "plan.editor.annualCost", "plan.editor.language", "plan.editor.groupSize"), rows);
        pages.paragraph(labels.get("plan.provision.totals",
                content.totalHoursPerWeek().stripTrailingZeros().toPlainString(),
                content.totalAnnualCost().stripTrailingZeros().toPlainString()));
    }
}
