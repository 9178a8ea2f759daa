package dev.syncpoint.adapter.postgres;

/**
 * PostgreSQL could not be reached in time: no connection within the pool's timeout, a connection that
 * broke, a server shutting down, or a statement or lock wait that ran out of time. It is the port's
 * {@link dev.syncpoint.application.port.out.StoreUnavailableException}, which callers such as the HTTP API
 * answer with 503, with the adapter's own name so that the adapter's code and tests can say which
 * storage failed.
 */
public final class StoreUnavailableException extends dev.syncpoint.application.port.out.StoreUnavailableException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
