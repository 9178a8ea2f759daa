package dev.syncpoint.adapter.websocket.protocol;

import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A lock as one recipient sees it, in the HTTP API's shape. The fencing token goes to the holder alone:
 * it is what they present to save, and nobody else may use it.
 */
public record LockView(
        UUID appointmentId, PersonView holder, long version, Long fencingToken, Instant acquiredAt, Instant expiresAt) {

    public static LockView of(Lock lock, UserId viewer) {
        Long token = lock.isHeldBy(viewer) ? lock.fencingToken().value() : null;
        return new LockView(
                lock.appointmentId().value(),
                PersonView.of(lock.holder()),
                lock.version(),
                token,
                lock.acquiredAt(),
                lock.expiresAt());
    }
}
