package org.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.TransactionSystemException;

/** Which errors the portal tells as "the database is unavailable", which as "someone else changed it first". */
class DatabaseTroubleTest {

    @Test
    void a_lost_connection_is_the_database_not_a_conflict() {
        var lost = new DataAccessResourceFailureException("gone", new SQLException("Communications link failure", "08S01"));
        assertThat(DatabaseTrouble.isDatabaseUnavailable(lost)).isTrue();
        assertThat(DatabaseTrouble.isConflict(lost)).isFalse();
        assertThat(DatabaseTrouble.isDatabaseUnavailable(new QueryTimeoutException("slow"))).isTrue();
        var rollback = new TransactionSystemException("rollback failed");
        rollback.initApplicationException(new SQLException("Server has gone away", "HY000", 2006));
        assertThat(DatabaseTrouble.isDatabaseUnavailable(rollback)).isTrue();
    }

    @Test
    void another_users_change_first_is_a_conflict_not_the_database() {
        var stale = new OptimisticLockingFailureException("version 3 expected");
        assertThat(DatabaseTrouble.isDatabaseUnavailable(stale)).isFalse();
        assertThat(DatabaseTrouble.isConflict(new IllegalStateException("wrapped", stale))).isTrue();
        var locked = new CannotAcquireLockException("lock wait timeout", new SQLException("Lock wait timeout", "HY000", 1205));
        assertThat(DatabaseTrouble.isDatabaseUnavailable(locked)).isFalse();
        assertThat(DatabaseTrouble.isConflict(locked)).isTrue();
    }

    @Test
    void a_conflict_whose_cause_is_a_lost_connection_is_the_database() {
        var lostDuringLock = new CannotAcquireLockException("lock", new SQLException("Lost connection", "08S01", 2013));
        assertThat(DatabaseTrouble.isDatabaseUnavailable(lostDuringLock)).isTrue();
    }

    @Test
    void other_errors_are_neither() {
        var bug = new IllegalArgumentException("a bug");
        assertThat(DatabaseTrouble.isDatabaseUnavailable(bug)).isFalse();
        assertThat(DatabaseTrouble.isConflict(bug)).isFalse();
    }
}
