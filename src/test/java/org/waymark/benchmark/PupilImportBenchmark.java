package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.imports.domain.CtfFiles;
import org.waymark.SignIn;
import org.waymark.imports.domain.CtfReader;
import org.waymark.imports.domain.CtfWriter;
import org.waymark.imports.domain.ImportLine;
import org.waymark.imports.domain.ImportPreview;
import org.waymark.imports.service.PupilImportService;
import org.waymark.pupils.domain.UniquePupilNumber;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.demo.service.ScaleData;

/**
 * A Common Transfer File of {@code -Dbench.importPupils} pupils (default 30,000) generated to a
 * temporary file, then previewed (streamed from the file) and applied by an authority caseworker
 * into one school of a fresh small authority: issue 22 asks for under a minute. Prints the time of
 * each step and the heap in use after the preview; each run adds a new authority (its code from
 * the clock) to the benchmark database, so numbers never collide with an earlier run's.
 */
class PupilImportBenchmark extends ServiceBenchmark {

    @Autowired PupilImportService imports;
    @Autowired Clock clock;

    @Test
    void thirty_thousand_pupil_ctf() throws Exception {
        int count = Integer.parseInt(System.getProperty("bench.importPupils", "30000"));
        String code = "I" + (System.currentTimeMillis() / 1000 % 1_000_000);
        long laId = scaleData().generate(ScaleData.Plan.of(code, 10, 11));
        String reference = jdbc.queryForObject("SELECT reference_number FROM school WHERE id ="
                + " (SELECT MIN(id) FROM school WHERE local_authority_id = ?)", String.class, laId);
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        Path file = Files.createTempFile("waymark-ctf-", ".xml");
        long prefix = (System.currentTimeMillis() / 1000) % 1_000_000;
        List<YearGroup> years = List.of(YearGroup.R, YearGroup.Y1, YearGroup.Y2, YearGroup.Y3, YearGroup.Y4,
                YearGroup.Y5, YearGroup.Y6, YearGroup.Y7, YearGroup.Y8, YearGroup.Y9, YearGroup.Y10, YearGroup.Y11);
        List<String> types = List.of("MLD", "SPLD", "ASD", "SLCN", "SEMH", "HI", "VI", "PD");
        try (OutputStream out = Files.newOutputStream(file);
             CtfWriter writer = new CtfWriter(new java.io.BufferedOutputStream(out),
                     new CtfReader.Header("24.0", "", reference, "Benchmark school", "", "", today))) {
            for (int i = 0; i < count; i++) {
                String digits = String.format("%06d%06d", prefix, i);
                YearGroup year = years.get(i % years.size());
                writer.write(new CtfWriter.Entry(UniquePupilNumber.checkLetter(digits) + digits,
                        "Pupil" + CtfFiles.letters(i), "Bench" + CtfFiles.letters(i / 26), yearStart.minusYears(year.typicalAge())
                        .minusDays(1 + i % 360), i % 2 == 0 ? "F" : "M", CtfWriter.ncYear(year),
                        List.of(types.get(i % types.size()), types.get((i + 3) % types.size())), false, null, false,
                        today.minusDays(30)));
            }
        }
        long bytes = Files.size(file);
        SignIn.as(accounts, "caseworker." + code.toLowerCase());
        Timings timings = new Timings();
        long heapBefore = liveHeap();
        resetPeaks();
        long start = System.nanoTime();
        ImportPreview preview;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            preview = imports.preview(ImportPreview.Format.CTF, file.getFileName().toString(), in);
        }
        double previewMs = (System.nanoTime() - start) / 1e6;
        long previewPeak = peakHeap();
        // what the preview keeps between the upload and the confirmation (held in the session meanwhile)
        long heldByPreview = liveHeap() - heapBefore;
        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.count(ImportLine.Kind.ADDED)).isEqualTo(count);
        resetPeaks();
        start = System.nanoTime();
        PupilImportService.Applied applied = imports.apply(preview, false);
        double applyMs = (System.nanoTime() - start) / 1e6;
        long applyPeak = peakHeap();
        assertThat(applied.added()).isEqualTo(count);
        long laPupils = jdbc.queryForObject("SELECT COUNT(*) FROM pupil WHERE local_authority_id = ? AND upn LIKE ?",
                Long.class, laId, "_" + String.format("%06d", prefix) + "%");
        assertThat(laPupils).isEqualTo(count);
        String rows = String.format("%,d pupils, %,d KB file", count, bytes / 1024);
        timings.row(rows, "preview (stream, match, rules)", String.format("%.0f", previewMs), "-", "-");
        timings.row(rows, "apply (one transaction)", String.format("%.0f", applyMs), "-", "-");
        timings.row(rows, "preview + apply", String.format("%.0f", previewMs + applyMs), "-", "-");
        timings.row(rows, "heap: live before (MB)", mb(heapBefore), "-", "-");
        timings.row(rows, "heap: held by the preview after GC (MB)", mb(heldByPreview), "-", "-");
        timings.row(rows, "heap: peak during preview (MB, sum of pool peaks)", mb(previewPeak), "-", "-");
        timings.row(rows, "heap: peak during apply (MB, sum of pool peaks)", mb(applyPeak), "-", "-");
        timings.row(rows, "max heap (-Xmx, MB)", mb(Runtime.getRuntime().maxMemory()), "-", "-");
        timings.row(rows, "load average (1 min) at the end", String.format("%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()), "-", "-");
        timings.write("pupil-import.md", "# Pupil import (" + BenchmarkDatabase.describe() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores)");
        Files.deleteIfExists(file);
    }

    /** The heap in use after a full collection. */
    private static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound of the peak heap in use. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String mb(long bytes) {
        return String.format("%.0f", bytes / 1024.0 / 1024.0);
    }
}
