package dev.syncpoint.application.port.in;

import java.util.Optional;
import dev.syncpoint.domain.lock.Released;

/**
 * Rule 10: once the grace period after a disconnect has passed, release the lock unless its holder came
 * back or renewed it. Answers the release, or empty when the lock was kept or had already ended.
 */
public interface ReleaseAbandonedLockUseCase {

    Optional<Released> releaseIfAbandoned(AbandonedLockCommand command);
}
