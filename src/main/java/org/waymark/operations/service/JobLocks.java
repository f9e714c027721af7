package org.waymark.operations.service;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Every scheduled job runs on one node at a time (DD015): each {@code @Scheduled} method carries
 * ShedLock's {@code @SchedulerLock} (ArchitectureTest checks), and the lock is a row in the
 * portal's own database (table {@code shedlock}, V53), so a single node needs nothing extra and
 * several nodes need nothing but the database they already share. Lock times come from the
 * database's clock, so nodes whose clocks drift apart still agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class JobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return lockProvider(new JdbcTemplate(dataSource));
    }

    /** The lock provider on a database; the tests build two, as two nodes would. */
    public static LockProvider lockProvider(JdbcTemplate jdbc) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
