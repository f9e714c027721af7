package org.waymark.benchmark;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.SignIn;
import org.waymark.base.domain.Dates;
import org.waymark.demo.service.ScaleWork;
import org.waymark.reporting.domain.ReportFilter;
import org.waymark.reporting.service.DashboardService;
import org.waymark.reporting.service.ReturnsService;
import org.waymark.reporting.service.WhatIfService;

/**
 * The reporting dashboards (issue 19) through the real services at Kent size (600 schools, 30
 * families, 60,000 pupils and five years of casework, as {@link CaseworkBenchmark}): the whole
 * dashboard — every figure — for the caseworker (authority), a Family SENCO and a school SENCO,
 * the authority narrowed to one need, the what-if over the caseload, and the SEN2-style return
 * written to nowhere. Target p95 < 500 ms per dashboard.
 */
class DashboardBenchmark extends ServiceBenchmark {

    /**
     * {@code -Dbench.reporting=england}: instead, an England-sized register (1,770,000 pupils, 20,000
     * schools, 600 families; an authority already written with fewer pupils is measured as it is) with
     * Kent-sized casework (20,000 plans, 4,000 bids a year) — best in a database of its own, as writing
     * the register takes the best part of an hour here.
     */
    private static final boolean ENGLAND = "england".equalsIgnoreCase(System.getProperty("bench.reporting", "kent"));
    /**
     * With England: {@code -Dbench.casework=england} writes England-sized casework as well
     * ({@link ScaleWork.Volume#england}), in a database of its own.
     */
    private static final boolean ENGLAND_CASEWORK = ENGLAND
            && "england".equalsIgnoreCase(System.getProperty("bench.casework", "kent"));
    private static final String SIZE = ENGLAND ? "England-sized" : "Kent-sized";

    @Autowired DashboardService dashboards;
    @Autowired WhatIfService whatIf;
    @Autowired ReturnsService returns;
    @Autowired java.time.Clock clock;
    @Autowired org.waymark.home.service.HomeService homes;

    @Test
    void dashboards() {
        String code = ENGLAND ? "ENG" : "KNT";
        long laId = ENGLAND
                ? scaleData().generate(new org.waymark.demo.service.ScaleData.Plan(code, 1_770_000, 20_000, 600, 42))
                : scaleData().generate(new org.waymark.demo.service.ScaleData.Plan(code, 60_000, 600, 30, 7));
        new ScaleWork(jdbc).generate(laId, ENGLAND_CASEWORK ? ScaleWork.Volume.england(42)
                : ENGLAND ? ScaleWork.Volume.kent(42) : ScaleWork.Volume.kent(11));
        String account = "." + code.toLowerCase(java.util.Locale.ROOT);
        String size = SIZE + " (" + String.format("%,d", scaleData().pupilsOf(code)) + " pupils"
                + (ENGLAND_CASEWORK ? ", England-sized casework" : "") + ")";
        Timings timings = new Timings();
        LocalDate today = LocalDate.now(clock);
        ReportFilter year = ReportFilter.year(Dates.financialYearOf(today));
        for (String role : new String[] {"caseworker", "family.senco", "senco"}) {
            SignIn.as(accounts, role + account);
            timings.measure(size, role + ": whole dashboard", () -> dashboards.dashboard(year, Locale.ENGLISH));
        }
        SignIn.as(accounts, "caseworker" + account);
        // the caseworker's home reads the same pupil summaries (issue 21 point 7: 1.4 s at England size before)
        timings.measure(size, "caseworker: home", homes::figures);
        timings.measure(size, "caseworker: dashboard, one need", () -> dashboards.dashboard(
                new ReportFilter(year.financialYear(), null, null,
                        org.waymark.pupils.domain.AreaOfNeed.COMMUNICATION_INTERACTION, null), Locale.ENGLISH));
        timings.measure(size, "caseworker: one figure as CSV (spend)",
                () -> dashboards.csv("spend", year, Locale.ENGLISH));
        timings.measure(size, "caseworker: what-if, one level", () -> whatIf.whatIf(year,
                Map.of("HLN1", new java.math.BigDecimal("9000")), today, Locale.ENGLISH));
        if (!"false".equals(System.getProperty("bench.sen2"))) { // -Dbench.sen2=false: leave the return out (no target)
            timings.measure(size, "caseworker: SEN2-style return", () -> returns.sen2(OutputStream.nullOutputStream()));
        }
        if (Boolean.getBoolean("bench.figures")) {
            // -Dbench.figures=true: each figure alone (its CSV computes only that figure), whole authority and one
            // need, to find the slowest one of a dashboard; -Dbench.figure.runs=N: each figure timed N times (default 30)
            int runs = Integer.getInteger("bench.figure.runs", Timings.RUNS);
            ReportFilter oneNeed = new ReportFilter(year.financialYear(), null, null,
                    org.waymark.pupils.domain.AreaOfNeed.COMMUNICATION_INTERACTION, null);
            for (String figure : new String[] {"pupils-need", "pupils-level", "plans", "letters", "reviews",
                    "assessments", "appeals", "appeal-outcomes", "voices", "outcomes", "spend", "restrictive-school",
                    "restrictive-need"}) {
                timings.measure(size, "caseworker: figure " + figure, () -> dashboards.csv(figure, year, Locale.ENGLISH), runs);
                timings.measure(size, "caseworker: figure " + figure + ", one need",
                        () -> dashboards.csv(figure, oneNeed, Locale.ENGLISH), runs);
            }
        }
        timings.write(ENGLAND ? "dashboards-england.md" : "dashboards.md", "# Reporting dashboards (" + BenchmarkDatabase.describe() + ")");
    }
}
