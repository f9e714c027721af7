package org.waymark.base.ui;

import java.sql.SQLTransientConnectionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * When the database does not answer (restarted, failed over: issue 21 point 5), the request that
 * needed it fails as a whole — its transaction is rolled back, so nothing is half-written — and the
 * user is told in plain words that the last step was not saved and to try again shortly, instead of
 * Vaadin's "internal error". The connection pool reconnects by itself once the database is back;
 * the portal needs no restart. A write that met another user's change first, where the screen does
 * not say so itself, is told as that. Every other error goes to Vaadin's default handling.
 */
@Component
class DatabaseTrouble implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseTrouble.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(DatabaseTrouble::handle));
    }

    static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui != null && isDatabaseUnavailable(event.getThrowable())) {
            LOG.warn("The database did not answer; the user was asked to try again: {}", event.getThrowable().toString());
            Feedback.error(ui.getTranslation("error.databaseUnavailable"));
            return;
        }
        if (ui != null && isConflict(event.getThrowable())) {
            // a screen that does not catch a concurrent change itself: plain words, not an internal error
            LOG.info("A write met someone else's change first; the user was told: {}", event.getThrowable().toString());
            Feedback.error(ui.getTranslation("error.conflict"));
            return;
        }
        new DefaultErrorHandler().error(event);
    }

    /** Another user's write came first (an optimistic version check, or a lock that could not be had). */
    static boolean isConflict(Throwable error) {
        return causes(error).anyMatch(ConcurrencyFailureException.class::isInstance);
    }

    /** The error and its causes, outermost first. */
    private static java.util.stream.Stream<Throwable> causes(Throwable error) {
        return java.util.stream.Stream.iterate(error, java.util.Objects::nonNull,
                t -> t.getCause() == t ? null : t.getCause());
    }

    /** The database (not the request) is the trouble: no connection, or the connection was lost. */
    static boolean isDatabaseUnavailable(Throwable error) {
        // a rollback that cannot reach the database hides the request's own error behind it
        if (error instanceof TransactionSystemException rollback && rollback.getOriginalException() != null
                && isDatabaseUnavailable(rollback.getOriginalException())) {
            return true;
        }
        return causes(error).anyMatch(t -> t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    // transient, but not a conflict between two users' writes (an optimistic or pessimistic
                    // lock failure is a ConcurrencyFailureException: the screens say "changed by someone else")
                    || (t instanceof TransientDataAccessException && !(t instanceof ConcurrencyFailureException))
                    || t instanceof SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")
                    || connectionLost(t));
    }

    /**
     * HikariCP's "Connection is closed" (no SQL state): the pool closed a connection it found broken
     * while a transaction still held it, so the transaction's next call (often its rollback) fails so.
     */
    private static boolean hikariClosed(java.sql.SQLException sql) {
        return "Connection is closed".equals(sql.getMessage()) && java.util.Arrays.stream(sql.getStackTrace())
                .limit(8).anyMatch(f -> f.getClassName().startsWith("com.zaxxer.hikari."));
    }

    /**
     * A driver error that says the connection is gone, whatever class the driver gave it (found by
     * DatabaseRestartIT: a rollback on a server that is shutting down failed with a plain
     * SQLException): SQL state class 08 (connection exception), or MariaDB/MySQL's "server shutdown
     * in progress" (1053), "connection was killed" (1927), "server has gone away" (2006), "lost
     * connection" (2013).
     */
    private static boolean connectionLost(Throwable t) {
        if (!(t instanceof java.sql.SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        int code = sql.getErrorCode();
        return (state != null && state.startsWith("08")) || code == 1053 || code == 1927 || code == 2006 || code == 2013
                || hikariClosed(sql);
    }
}
