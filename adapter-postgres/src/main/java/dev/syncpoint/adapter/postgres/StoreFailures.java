package dev.syncpoint.adapter.postgres;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells an unreachable database from a failed statement. Connection failures, a server shutting down and
 * the statement and lock timeouts become {@link StoreUnavailableException}; anything else, such as a broken
 * constraint, is a fault in this adapter and is passed on unchanged.
 */
final class StoreFailures {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFailures.class);

    /**
     * SQL states that mean "not now" rather than "wrong": class 08 (connection exceptions) is checked by
     * prefix; these are the others.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of(
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now
            "53300", // too_many_connections
            "57014", // query_canceled, which statement_timeout raises
            "55P03", // lock_not_available, which lock_timeout raises
            "25P03"); // idle_in_transaction_session_timeout

    private StoreFailures() {}

    /** Answers the exception to throw for {@code failure}, which happened while doing {@code what}. */
    static RuntimeException translate(String what, RuntimeException failure) {
        if (!isUnavailable(failure)) {
            return failure;
        }
        // Debug only: the exception carries the same words, and whoever answers it (an HTTP route, a
        // frame handler) logs it once, with what the caller was doing.
        LOG.debug("PostgreSQL unavailable while {}: {}", what, rootMessage(failure));
        return new StoreUnavailableException("PostgreSQL unavailable while " + what, failure);
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
