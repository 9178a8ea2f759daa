package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.ReleaseResult;

/** Rule 6: the holder ends their lock; anyone else is refused. */
public interface ReleaseLockUseCase {

    ReleaseResult release(ReleaseLockCommand command);
}
