package dev.syncpoint.application.port.out;

/**
 * The storage behind a port could not be reached in time: no connection, a connection that broke, or a
 * wait that ran out. It is a fault, not an answer, so it is an exception; adapters that face callers turn
 * it into "try again later" (HTTP 503). The call that failed changed nothing, or, when the connection broke
 * during the commit, it is unknown whether it did; retrying a lock operation is safe, since each one
 * decides again from what is stored.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
