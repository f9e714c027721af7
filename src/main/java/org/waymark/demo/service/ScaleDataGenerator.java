package org.waymark.demo.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ScaleData} at start-up when asked (docs/performance.md), e.g.
 * {@code --waymark.generate.authority=ENG --waymark.generate.pupils=1770000}; with
 * {@code --waymark.generate.plans=20000} also five years of casework ({@link ScaleWork}: that many
 * plans, {@code --waymark.generate.bids-per-year} bids a year, their meetings, panels, letters and
 * ledger); with {@code --waymark.generate.exit=true} the application stops once the data is written.
 */
@Component
@ConditionalOnProperty(name = "waymark.generate.authority")
public class ScaleDataGenerator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScaleDataGenerator.class);

    private final ScaleData data;
    private final ScaleWork work;
    private final int plans;
    private final int bidsPerYear;
    private final ConfigurableApplicationContext context;
    private final String code;
    private final int pupils;
    private final int schools;
    private final int families;
    private final long seed;
    private final boolean exit;

    @SuppressWarnings("java:S107")
    ScaleDataGenerator(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, ConfigurableApplicationContext context,
                       @Value("${waymark.generate.authority}") String code,
                       @Value("${waymark.generate.pupils:60000}") int pupils,
                       @Value("${waymark.generate.schools:0}") int schools,
                       @Value("${waymark.generate.families:0}") int families,
                       @Value("${waymark.generate.seed:42}") long seed,
                       @Value("${waymark.generate.plans:0}") int plans,
                       @Value("${waymark.generate.bids-per-year:4000}") int bidsPerYear,
                       @Value("${waymark.generate.exit:false}") boolean exit) {
        this.data = new ScaleData(jdbc, passwordEncoder);
        this.work = new ScaleWork(jdbc);
        this.plans = plans;
        this.bidsPerYear = bidsPerYear;
        this.context = context;
        this.code = code;
        this.pupils = pupils;
        this.schools = schools;
        this.families = families;
        this.seed = seed;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        ScaleData.Plan plan = schools > 0 && families > 0
                ? new ScaleData.Plan(code, pupils, schools, families, seed) : ScaleData.Plan.of(code, pupils, seed);
        long laId = data.generate(plan);
        if (plans > 0) {
            work.generate(laId, new ScaleWork.Volume(plans, bidsPerYear, seed));
        }
        LOG.info("Authority {} holds {} pupils", code, data.pupilsOf(code));
        if (exit) {
            context.close();
        }
    }
}
