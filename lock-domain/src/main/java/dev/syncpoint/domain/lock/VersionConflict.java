package dev.syncpoint.domain.lock;

import java.time.Instant;

/** The request named a lock version that is not the live lock's; nothing changed (rule 5). */
public record VersionConflict(long expectedVersion, long actualVersion, Lock current, Instant serverNow)
        implements AcquireResult, HeartbeatResult, ReleaseResult {}
