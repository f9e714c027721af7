package org.waymark.panels.service;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.benchmark.Bundles;
import org.waymark.benchmark.Timings;
import org.waymark.panels.domain.CaseKind;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelOutcome;

/**
 * Decision letters: one letter (target < 100 ms) in English and in Welsh, and a meeting's 500
 * letters written one after another with each file stored (target < 30 s, off the UI thread).
 */
@Tag("benchmark")
class LetterPdfBenchmark {

    private static LetterDocument.Content content(int i) {
        PanelCase decided = new PanelCase(CaseKind.NEW_BID, i, 7, (long) i, null, null, PanelOutcome.AWARDED, "HLN1",
                new BigDecimal("10987"), AllocationPeriod.KEY_STAGE, null,
                "Medical descriptors at HLN 1 in two themes; the health care plan shows daily procedures and the "
                        + "school has spent its notional £6,000 on a trained assistant each morning.", "caseworker",
                Instant.parse("2026-11-27T10:00:00Z"));
        return new LetterDocument.Content("Wealdshire County Council", "Pupil " + i, "Larkfield Primary School",
                PanelKind.HLN_MAIN, LocalDate.of(2026, 11, 27), decided, "HLN 1", LocalDate.of(2027, 1, 4),
                LocalDate.of(2029, 7, 20), LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 1), 20,
                LocalDate.of(2027, 1, 5), new org.waymark.organisation.domain.AuthorityContact("send@wealdshire.example",
                        "01632 960 214", "SEND Team\nCounty Hall\nWealdbridge WB1 2AA"));
    }

    @Test
    void letters() throws Exception {
        Timings timings = new Timings();
        LetterDocument english = new LetterDocument(Bundles.labels(Locale.ENGLISH));
        LetterDocument welsh = new LetterDocument(Bundles.labels(Locale.forLanguageTag("cy")));
        timings.measure("1", "decision letter, English", () -> english.render(content(1)));
        timings.measure("1", "decision letter, Welsh", () -> welsh.render(content(1)));
        Path dir = Files.createTempDirectory("waymark-letters");
        var store = new org.waymark.attachments.service.DiskFileStore(dir);
        long start = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            store.write(english.render(content(i)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        timings.row("500", "a meeting's letters, rendered and stored (total)", String.format("%.0f", seconds * 1000),
                "", String.format("(%.1f ms a letter)", seconds * 1000 / 500));
        timings.write("letters.md", "# Decision letters");
    }
}
