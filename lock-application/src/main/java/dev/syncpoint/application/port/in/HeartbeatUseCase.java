package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.lock.HeartbeatResult;

/** Rule 3: renew the caller's live lock; a lost lock is reported, never silently granted again. */
public interface HeartbeatUseCase {

    HeartbeatResult heartbeat(HeartbeatCommand command);
}
