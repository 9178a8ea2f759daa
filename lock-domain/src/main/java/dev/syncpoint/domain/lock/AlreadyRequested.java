package dev.syncpoint.domain.lock;

/** The requester already has an open request for this appointment; no second one was made. */
public record AlreadyRequested(ControlRequest existing) implements ControlRequestResult {}
