package dev.syncpoint.adapter.postgres;

/**
 * The database could not be reached in time: no connection within the pool's timeout, a connection that
 * broke, a server shutting down, or a statement or lock wait that ran out of time. Nothing was changed by
 * the call that failed, or, when a connection broke during the commit, it is unknown whether it was; the
 * caller may retry once the database is back, which the pool notices by itself.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
