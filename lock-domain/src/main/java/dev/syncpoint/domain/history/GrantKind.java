package dev.syncpoint.domain.history;

/** How an {@code acquired} row came about: a plain acquire, an admin's takeover, or a hand-over. */
public enum GrantKind {
    ACQUIRE,
    TAKEOVER,
    TRANSFER
}
