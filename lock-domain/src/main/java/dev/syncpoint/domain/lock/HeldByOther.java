package dev.syncpoint.domain.lock;

import java.time.Instant;

/** Someone else holds the live lock; nothing changed (rule 4). */
public record HeldByOther(Lock current, Instant serverNow) implements AcquireResult {}
