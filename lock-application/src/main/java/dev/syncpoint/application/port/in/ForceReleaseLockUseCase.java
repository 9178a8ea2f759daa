package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.ForceReleaseResult;

/** Rule 8: an admin ends anyone's live lock; the holder is told at once. */
public interface ForceReleaseLockUseCase {

    ForceReleaseResult forceRelease(AdminLockCommand command);
}
