package dev.syncpoint.domain.lock;

/** Where a request for control stands. Only {@link #OPEN} requests can still be answered. */
public enum ControlRequestState {
    OPEN,
    GRANTED,
    DENIED,
    LAPSED
}
