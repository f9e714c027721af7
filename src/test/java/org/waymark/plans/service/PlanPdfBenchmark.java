package org.waymark.plans.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.waymark.benchmark.Bundles;
import org.waymark.benchmark.Timings;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.PlanContent;
import org.waymark.pupils.domain.AreaOfNeed;

/** A long plan (about 20 pages: 120 outcomes with 3 provisions each) as a PDF; target < 500 ms. */
@Tag("benchmark")
class PlanPdfBenchmark {

    static PlanContent longPlan() {
        List<PlanContent.Outcome> outcomes = new ArrayList<>();
        List<PlanContent.Provision> provisions = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            outcomes.add(new PlanContent.Outcome("O" + i, "By the end of the key stage the pupil will read and follow a"
                    + " visual timetable for the school day, moving between activities with one prompt (" + i + ")",
                    LocalDate.of(2028, 7, 20)));
            for (int j = 0; j < 3; j++) {
                provisions.add(new PlanContent.Provision("O" + i, "Small-group language session using shared reading",
                        "Teaching assistant trained in the approach", "Three times a week", new BigDecimal("1.5"),
                        new BigDecimal("1200"), DeliveryLanguage.ENGLISH, GroupSize.SHARED));
            }
        }
        return PlanContent.empty().withOutcomes(outcomes).withProvisions(provisions)
                .withNeeds(List.of(new PlanContent.Need(AreaOfNeed.values()[0], "Needs described at length.")));
    }

    @Test
    void a_twenty_page_plan() throws Exception {
        PlanContent plan = longPlan();
        PlanDocument document = new PlanDocument(Bundles.labels(Locale.ENGLISH));
        byte[] pdf = document.render("Ashworth, Amelia", "EHC plan", "Agreed, version 3", plan, List.of("We are pleased"),
                List.of());
        int pages;
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            pages = loaded.getNumberOfPages();
        }
        Timings timings = new Timings();
        timings.measure(pages + " pages", "plan PDF", () -> document.render("Ashworth, Amelia", "EHC plan",
                "Agreed, version 3", plan, List.of("We are pleased"), List.of()));
        timings.write("plan-pdf.md", "# Plan PDF");
    }
}
