package dev.syncpoint.domain.lock;

/** The holder refused the request; the lock stays with them. */
public record ControlDenied(ControlRequest request) implements ControlAnswerResult {}
