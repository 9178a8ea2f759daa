package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.TakeoverResult;

/** Rule 8: an admin ends the holder's lock and takes a new one in the same step. */
public interface AdminTakeoverUseCase {

    TakeoverResult takeOver(AdminLockCommand command);
}
