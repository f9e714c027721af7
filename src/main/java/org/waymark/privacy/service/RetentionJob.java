package org.waymark.privacy.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.waymark.operations.service.JobRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.waymark.security.service.SystemUser;

/** Runs the retention rules once a month (the cron is {@code waymark.retention.cron}), as the portal's system user. */
@Component
class RetentionJob {

    private final RetentionService retention;
    private final SystemUser systemUser;
    private final JobRuns runs;

    RetentionJob(RetentionService retention, SystemUser systemUser, JobRuns runs) {
        this.retention = retention;
        this.systemUser = systemUser;
        this.runs = runs;
    }

    /** On one node at a time (DD015): the lock is held for the run, at least five minutes, at most six hours. */
    @Scheduled(cron = "${waymark.retention.cron:0 0 2 1 * *}", zone = "Europe/London")
    @SchedulerLock(name = "retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT6H")
    public void monthly() {
        runs.run("retention", () -> systemUser.run(retention::runDue));
    }
}
