package org.waymark.plans.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.waymark.plans.domain.PlanContentCodec;
import org.waymark.plans.domain.PlanProvisionLine;

/**
 * Flyway migration 27.1: fills {@code plan_provision_line} (made by V27) for the plan versions
 * saved before it existed, from each version's JSON content — one pass over the versions with a
 * batched insert. Later versions get their lines whenever they are saved
 * ({@link org.waymark.plans.domain.PlanVersion}). Spring Boot hands Flyway every
 * {@link JavaMigration} bean, so it runs in order with the SQL migrations.
 */
@Component
class ProvisionLinesBackfill implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("27.1");
    }

    @Override
    public String getDescription() {
        return "plan provision lines from existing versions";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement versions = connection.createStatement();
             ResultSet rs = versions.executeQuery("SELECT id, content FROM plan_version");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO plan_provision_line"
                     + " (plan_version_id, line, delivery_language, group_size, hours_per_week) VALUES (?, ?, ?, ?, ?)")) {
            int pending = 0;
            while (rs.next()) {
                long versionId = rs.getLong(1);
                var lines = PlanProvisionLine.of(PlanContentCodec.decode(rs.getString(2)));
                for (int i = 0; i < lines.size(); i++) {
                    PlanProvisionLine line = lines.get(i);
                    insert.setLong(1, versionId);
                    insert.setInt(2, i);
                    insert.setString(3, line.deliveryLanguage().name());
                    insert.setString(4, line.groupSize().name());
                    insert.setBigDecimal(5, line.hoursPerWeek());
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
