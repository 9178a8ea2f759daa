package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.Lock;
import java.util.List;

/** Rule 7: end every expired lock once and tell its watchers; answers the locks this call ended. */
public interface SweepExpiredLocksUseCase {

    List<Lock> sweep();
}
