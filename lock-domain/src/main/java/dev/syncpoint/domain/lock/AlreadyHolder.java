package dev.syncpoint.domain.lock;

import java.time.Instant;

/** The caller already holds the live lock, so there is nothing to take over or ask for. */
public record AlreadyHolder(Lock current, Instant serverNow) implements TakeoverResult, ControlRequestResult {}
