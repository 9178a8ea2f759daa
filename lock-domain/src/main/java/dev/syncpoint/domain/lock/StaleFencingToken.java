package dev.syncpoint.domain.lock;

import java.time.Instant;

/**
 * The caller presented a fencing token that is not the live lock's, so the request belongs to an older
 * lock and must not touch the newer one (rules 6 and 11).
 */
public record StaleFencingToken(FencingToken presented, Lock current, Instant serverNow)
        implements HeartbeatResult, ReleaseResult, TransferResult, WriteRefusal {}
