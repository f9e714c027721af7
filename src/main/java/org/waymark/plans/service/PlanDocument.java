package org.waymark.plans.service;

import java.util.ArrayList;
import java.util.List;

import org.waymark.base.domain.Dates;
import org.waymark.documents.domain.Labels;
import org.waymark.documents.domain.PdfPages;
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
        PdfPages pages = new PdfPages(labels, pupilName + " — " + planTypeLabel, planTypeLabel + " – " + pupilName);
        pages.title(planTypeLabel).heading(pupilName).paragraph(statusLine);
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
