package dev.syncpoint.application.service;

import dev.syncpoint.application.LockPolicy;
import dev.syncpoint.application.port.in.AbandonedLockCommand;
import dev.syncpoint.application.port.in.ReleaseAbandonedLockUseCase;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.lock.ReleaseResult;
import dev.syncpoint.domain.lock.Released;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Releases a lock whose holder went away (rule 10). The release names the exact lock seen at disconnect,
 * its token and version, so a renewal or a newer lock that raced with it is never ended.
 */
public final class ReleaseAbandonedLockService implements ReleaseAbandonedLockUseCase {

    private static final System.Logger LOG = System.getLogger(ReleaseAbandonedLockService.class.getName());

    private final LockStore locks;
    private final LockEvents events;
    private final LockPolicy policy;

    public ReleaseAbandonedLockService(LockStore locks, LockEvents events, LockPolicy policy) {
        this.locks = locks;
        this.events = events;
        this.policy = policy;
    }

    @Override
    public Optional<Released> releaseIfAbandoned(AbandonedLockCommand command) {
        Lock held = command.heldAtDisconnect();
        LockStatus status = locks.status(held.appointmentId());
        boolean due = policy.disconnectGrace()
                .releaseDue(held, status.lock(), command.disconnectedAt(), status.serverNow(), command.holderBack());
        if (!due) {
            return Optional.empty();
        }

        ReleaseResult result = locks.release(
                held.appointmentId(),
                held.holder().id(),
                OptionalLong.of(held.version()),
                Optional.of(held.fencingToken()));
        if (!(result instanceof Released released)) {
            return Optional.empty();
        }

        events.publish(new SyncEvent.LockReleased(
                released.ended(), ReleaseReason.DISCONNECTED, Optional.empty(), released.serverNow()));
        LOG.log(
                Level.INFO,
                "released appointment {0} held by {1}: no live connection for {2}",
                held.appointmentId(),
                held.holder().id(),
                policy.disconnectGrace().period());
        return Optional.of(released);
    }
}
