package dev.syncpoint.domain.lock;

/** The request is open and the holder is to be asked. */
public record ControlRequested(ControlRequest request, Lock current) implements ControlRequestResult {}
