package org.waymark.operations.service;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times each run of a scheduled job that this node actually made (the lock was its) as the meter
 * {@code waymark.jobs.runs} with tags {@code job} and {@code outcome} (success or failure): Prometheus
 * reads {@code waymark_jobs_runs_seconds_count{job="retention",outcome="success"}}. A failure is
 * counted and thrown on, so the scheduler logs it as before.
 */
@Component
public class JobRuns {

    public static final String METER = "waymark.jobs.runs";

    private final MeterRegistry registry;

    JobRuns(MeterRegistry registry) {
        this.registry = registry;
    }

    public void run(String job, Runnable body) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failure";
        try {
            body.run();
            outcome = "success";
        } finally {
            sample.stop(Timer.builder(METER).description("Runs of scheduled jobs on this node")
                    .tag("job", job).tag("outcome", outcome).register(registry));
        }
    }
}
