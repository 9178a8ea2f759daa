package dev.syncpoint.adapter.websocket.protocol;

import java.util.Locale;

/** The stable {@code code} of an {@code error} frame; clients branch on it, people read the message. */
public enum ErrorCode {
    /** The frame is not JSON, not an object, or a field is missing, unknown or of the wrong kind. */
    BAD_REQUEST,
    /** The {@code type} names no frame a client may send. */
    UNKNOWN_TYPE,
    /** The frame is larger than the server handles; it was ignored. */
    FRAME_TOO_LARGE,
    /** The connection sends faster than its rate limit; frames were dropped. */
    RATE_LIMITED,
    /** Anything but {@code auth} before authenticating; the connection closes with 4401. */
    UNAUTHENTICATED,
    /** A second {@code auth} on a connection that is already authenticated. */
    ALREADY_AUTHENTICATED,
    /** No appointment has this id. */
    NOT_FOUND,
    /** A cursor for an appointment the connection does not watch. */
    NOT_SUBSCRIBED,
    /** The connection already watches as many appointments as it may. */
    TOO_MANY_SUBSCRIPTIONS,
    /** The store could not be reached; the same frame may succeed later. */
    UNAVAILABLE,
    /** The server failed on this frame; the connection stays usable. */
    INTERNAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
