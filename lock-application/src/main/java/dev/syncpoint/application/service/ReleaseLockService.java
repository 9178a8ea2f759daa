package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.ReleaseLockCommand;
import dev.syncpoint.application.port.in.ReleaseLockUseCase;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.ReleaseResult;
import dev.syncpoint.domain.lock.Released;
import java.lang.System.Logger.Level;
import java.util.Optional;

/** Ends the holder's lock and tells watchers it is free. */
public final class ReleaseLockService implements ReleaseLockUseCase {

    private static final System.Logger LOG = System.getLogger(ReleaseLockService.class.getName());

    private final LockStore locks;
    private final LockEvents events;

    public ReleaseLockService(LockStore locks, LockEvents events) {
        this.locks = locks;
        this.events = events;
    }

    @Override
    public ReleaseResult release(ReleaseLockCommand command) {
        ReleaseResult result = locks.release(
                command.appointment(), command.actor().id(), command.expectedVersion(), command.fencingToken());

        if (result instanceof Released released) {
            events.publish(new SyncEvent.LockReleased(
                    released.ended(), ReleaseReason.RELEASED, Optional.empty(), result.serverNow()));
        }
        LOG.log(
                Level.DEBUG,
                () -> "release " + command.appointment() + " by "
                        + command.actor().id() + ": " + result);
        return result;
    }
}
