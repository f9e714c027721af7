package org.waymark.attachments.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.waymark.attachments.domain.FileStore;

/**
 * Chooses where files are kept (DD015): {@code waymark.files.store=disk} (the default: one node,
 * nothing extra to run) or {@code database} (several nodes: every node reads the same files).
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    @Bean
    FileStore fileStore(@Value("${waymark.files.store:disk}") String store,
                        @Value("${waymark.attachments.dir}") Path directory,
                        JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        return switch (store.strip().toLowerCase(Locale.ROOT)) {
            case "disk" -> new DiskFileStore(directory);
            case "database" -> new DatabaseFileStore(jdbc, transactions, clock);
            default -> throw new IllegalStateException(
                    "waymark.files.store must be disk or database, not '" + store + "'");
        };
    }
}
