package org.waymark.benchmark;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.SignIn;
import org.waymark.demo.service.ScaleData;
import org.waymark.home.service.HomeService;

/**
 * Role homes of a Kent-sized authority (600 schools, 30 families, 60,000 pupils on the SEN
 * register), through the real service: the caseworker's authority-wide figures, a Family
 * SENCO's family and a school SENCO's school; with {@code -Dbench.homeLarge=true} also the
 * caseworker's home over the England-sized table. Target p95 < 300 ms.
 */
class HomeBenchmark extends ServiceBenchmark {

    @Autowired HomeService homes;

    @Test
    void role_homes() {
        ScaleData data = scaleData();
        data.generate(new ScaleData.Plan("KNT", 60_000, 600, 30, 7));
        Timings timings = new Timings();
        for (String user : new String[] {"caseworker.knt", "family.senco.knt", "senco.knt"}) {
            SignIn.as(accounts, user);
            timings.measure("60,000 (Kent-sized)", user.substring(0, user.indexOf('.')) + " home", homes::figures);
            SecurityContextHolder.clearContext();
        }
        if (Boolean.getBoolean("bench.homeLarge") && data.pupilsOf("B1770000") > 0) {
            SignIn.as(accounts, "caseworker.b1770000");
            timings.measure("1,770,000", "caseworker home", homes::figures);
        }
        timings.write("homes.md", "# Role homes (" + BenchmarkDatabase.describe() + ")");
    }
}
