package dev.syncpoint.application.service;

import dev.syncpoint.application.LockPolicy;
import dev.syncpoint.application.port.in.AcquireLockCommand;
import dev.syncpoint.application.port.in.AcquireLockUseCase;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.Acquired;
import dev.syncpoint.domain.lock.Renewed;
import java.lang.System.Logger.Level;
import java.util.Optional;

/** Takes or renews a lock through the store, then tells the appointment's watchers. */
public final class AcquireLockService implements AcquireLockUseCase {

    private static final System.Logger LOG = System.getLogger(AcquireLockService.class.getName());

    private final LockStore locks;
    private final LockEvents events;
    private final LockPolicy policy;

    public AcquireLockService(LockStore locks, LockEvents events, LockPolicy policy) {
        this.locks = locks;
        this.events = events;
        this.policy = policy;
    }

    @Override
    public AcquireResult acquire(AcquireLockCommand command) {
        AcquireResult result =
                locks.acquire(command.appointment(), command.actor().ref(), policy.ttl(), command.expectedVersion());

        if (result instanceof Acquired acquired) {
            acquired.expiredFirst()
                    .ifPresent(expired -> events.publish(new SyncEvent.LockReleased(
                            expired, ReleaseReason.EXPIRED, Optional.empty(), result.serverNow())));
            events.publish(new SyncEvent.LockAcquired(acquired.lock(), result.serverNow()));
        } else if (result instanceof Renewed renewed) {
            events.publish(new SyncEvent.LockRenewed(renewed.lock(), result.serverNow()));
        }
        LOG.log(
                Level.DEBUG,
                () -> "acquire " + command.appointment() + " by "
                        + command.actor().id() + ": " + result);
        return result;
    }
}
