package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.AcquireResult;

/** Rules 2 to 5: grant a free lock, renew one's own, or say who holds it. */
public interface AcquireLockUseCase {

    AcquireResult acquire(AcquireLockCommand command);
}
