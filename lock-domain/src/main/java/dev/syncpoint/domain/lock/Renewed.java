package dev.syncpoint.domain.lock;

import java.time.Instant;

/** The holder's live lock was extended: one version on, same fencing token. */
public record Renewed(Lock lock, Instant serverNow) implements AcquireResult, HeartbeatResult {}
