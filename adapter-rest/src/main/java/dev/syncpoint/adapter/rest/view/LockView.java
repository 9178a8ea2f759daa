package dev.syncpoint.adapter.rest.view;

import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.User;
import java.time.Instant;
import java.util.UUID;

/**
 * A lock as one caller sees it. The fencing token is shown to the holder alone: it is what they present
 * to save, and nobody else has a use for it.
 */
public record LockView(
        UUID appointmentId, HolderView holder, long version, Long fencingToken, Instant acquiredAt, Instant expiresAt) {

    public static LockView of(Lock lock, User viewer) {
        Long token = lock.isHeldBy(viewer.id()) ? lock.fencingToken().value() : null;
        return new LockView(
                lock.appointmentId().value(),
                HolderView.of(lock.holder()),
                lock.version(),
                token,
                lock.acquiredAt(),
                lock.expiresAt());
    }
}
