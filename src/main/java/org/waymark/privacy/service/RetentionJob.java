package org.waymark.privacy.service;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.waymark.security.service.SystemUser;

/** Runs the retention rules once a month (the cron is {@code waymark.retention.cron}), as the portal's system user. */
@Component
class RetentionJob {

    private final RetentionService retention;
    private final SystemUser systemUser;

    RetentionJob(RetentionService retention, SystemUser systemUser) {
        this.retention = retention;
        this.systemUser = systemUser;
    }

    @Scheduled(cron = "${waymark.retention.cron:0 0 2 1 * *}", zone = "Europe/London")
    void monthly() {
        systemUser.run(retention::runDue);
    }
}
