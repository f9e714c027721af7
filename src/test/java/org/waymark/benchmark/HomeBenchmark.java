package org.waymark.benchmark;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.SignIn;
import org.waymark.demo.service.ScaleData;
import org.waymark.home.service.HomeService;

/**
 * Role homes through the real service: the caseworker's authority-wide figures, a Family SENCO's
 * family and a school SENCO's school — for the grid benchmark's authorities
 * ({@code -Dbench.sizes}, default 1,000 and 100,000 pupils) and a Kent-sized authority (600
 * schools, 30 families, 60,000 pupils on the SEN register); with {@code -Dbench.homeLarge=true}
 * also the caseworker's home over the England-sized table. Target p95 < 300 ms.
 */
class HomeBenchmark extends ServiceBenchmark {

    @Autowired HomeService homes;

    @Test
    void role_homes() {
        ScaleData data = scaleData();
        data.generate(new ScaleData.Plan("KNT", 60_000, 600, 30, 7));
        Timings timings = new Timings();
        for (String size : System.getProperty("bench.sizes", "1000,100000").split(",")) {
            int pupils = Integer.parseInt(size.trim());
            if (pupils < 1_000_000) { // the England-sized authority is measured below, on request
                data.generate(ScaleData.Plan.of("B" + pupils, pupils, 42));
                homesOf("b" + pupils, String.format("%,d", pupils), timings);
            }
        }
        homesOf("knt", "60,000 (Kent-sized)", timings);
        if (Boolean.getBoolean("bench.homeLarge") && data.pupilsOf("B1770000") > 0) {
            SignIn.as(accounts, "caseworker.b1770000");
            timings.measure("1,770,000", "caseworker home", homes::figures);
        }
        timings.write("homes.md", "# Role homes (" + BenchmarkDatabase.describe() + ")");
    }

    private void homesOf(String code, String size, Timings timings) {
        for (String role : new String[] {"caseworker", "family.senco", "senco"}) {
            SignIn.as(accounts, role + "." + code);
            timings.measure(size, role + " home", homes::figures);
            SecurityContextHolder.clearContext();
        }
    }
}
