package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.AdminLockCommand;
import dev.syncpoint.application.port.in.ForceReleaseLockUseCase;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.ForceReleaseResult;
import dev.syncpoint.domain.lock.ForceReleased;
import dev.syncpoint.domain.lock.NotAdmin;
import java.lang.System.Logger.Level;
import java.util.Optional;

/** Lets an admin end anyone's lock; the holder hears of it at once. */
public final class ForceReleaseLockService implements ForceReleaseLockUseCase {

    private static final System.Logger LOG = System.getLogger(ForceReleaseLockService.class.getName());

    private final LockStore locks;
    private final LockEvents events;

    public ForceReleaseLockService(LockStore locks, LockEvents events) {
        this.locks = locks;
        this.events = events;
    }

    @Override
    public ForceReleaseResult forceRelease(AdminLockCommand command) {
        if (!command.actor().isAdmin()) {
            return new NotAdmin(locks.now());
        }

        ForceReleaseResult result =
                locks.forceRelease(command.appointment(), command.actor().ref(), command.reason());

        if (result instanceof ForceReleased released) {
            events.publish(new SyncEvent.LockReleased(
                    released.ended(),
                    ReleaseReason.FORCE_RELEASED,
                    Optional.of(released.admin()),
                    command.reason(),
                    result.serverNow()));
            LOG.log(
                    Level.INFO,
                    "admin {0} force-released appointment {1} held by {2} (token {3})",
                    command.actor().id(),
                    command.appointment(),
                    released.ended().holder().id(),
                    released.ended().fencingToken());
        }
        return result;
    }
}
