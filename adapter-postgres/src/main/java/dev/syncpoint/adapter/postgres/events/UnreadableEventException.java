package dev.syncpoint.adapter.postgres.events;

/** A notification whose text is not an event this node understands: another version, or garbled. */
final class UnreadableEventException extends RuntimeException {

    UnreadableEventException(String message) {
        super(message);
    }

    UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
