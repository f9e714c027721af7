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

    private static final String SIZE = "Kent-sized";

    @Autowired DashboardService dashboards;
    @Autowired WhatIfService whatIf;
    @Autowired ReturnsService returns;
    @Autowired java.time.Clock clock;

    @Test
    void dashboards() {
        long laId = scaleData().generate(new org.waymark.demo.service.ScaleData.Plan("KNT", 60_000, 600, 30, 7));
        new ScaleWork(jdbc).generate(laId, ScaleWork.Volume.kent(11));
        Timings timings = new Timings();
        LocalDate today = LocalDate.now(clock);
        ReportFilter year = ReportFilter.year(Dates.financialYearOf(today));
        for (String role : new String[] {"caseworker", "family.senco", "senco"}) {
            SignIn.as(accounts, role + ".knt");
            timings.measure(SIZE, role + ": whole dashboard", () -> dashboards.dashboard(year, Locale.ENGLISH));
        }
        SignIn.as(accounts, "caseworker.knt");
        timings.measure(SIZE, "caseworker: dashboard, one need", () -> dashboards.dashboard(
                new ReportFilter(year.financialYear(), null, null,
                        org.waymark.pupils.domain.AreaOfNeed.COMMUNICATION_INTERACTION, null), Locale.ENGLISH));
        timings.measure(SIZE, "caseworker: one figure as CSV (spend)",
                () -> dashboards.csv("spend", year, Locale.ENGLISH));
        timings.measure(SIZE, "caseworker: what-if, one level", () -> whatIf.whatIf(year,
                Map.of("HLN1", new java.math.BigDecimal("9000")), today, Locale.ENGLISH));
        timings.measure(SIZE, "caseworker: SEN2-style return", () -> returns.sen2(OutputStream.nullOutputStream()));
        timings.write("dashboards.md", "# Reporting dashboards (" + BenchmarkDatabase.describe() + ")");
    }
}
