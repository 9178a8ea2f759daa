package dev.syncpoint.domain.lock;

import java.time.Instant;
import java.util.Optional;

/**
 * A new lock was granted, with a fresh fencing token.
 *
 * @param expiredFirst the expired lock that was found on the way and ended as {@code expired}, if any
 */
public record Acquired(Lock lock, Optional<Lock> expiredFirst, Instant serverNow) implements AcquireResult {}
