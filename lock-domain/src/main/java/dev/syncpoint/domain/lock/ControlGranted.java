package dev.syncpoint.domain.lock;

/** The holder granted the request: the lock moved to the requester with a new fencing token. */
public record ControlGranted(ControlRequest request, Transferred transfer) implements ControlAnswerResult {}
