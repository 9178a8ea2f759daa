package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.Released;
import java.util.Optional;

/**
 * Rule 10: once the grace period after a disconnect has passed, release the lock unless its holder came
 * back or renewed it. Answers the release, or empty when the lock was kept or had already ended.
 */
public interface ReleaseAbandonedLockUseCase {

    Optional<Released> releaseIfAbandoned(AbandonedLockCommand command);
}
