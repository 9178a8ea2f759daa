package dev.syncpoint.domain.lock;

import java.time.Instant;
import java.util.Optional;

/**
 * A heartbeat came for a lock the caller no longer holds: it expired, was released, or passed to someone
 * else. Nothing was granted (rule 3).
 *
 * @param current the live lock now, held by someone else, if any
 */
public record LockLost(Optional<Lock> current, Instant serverNow) implements HeartbeatResult {}
