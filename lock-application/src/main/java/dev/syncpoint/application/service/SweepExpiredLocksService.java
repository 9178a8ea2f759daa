package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.SweepExpiredLocksUseCase;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.Lock;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One pass of the expiry sweeper. The store answers each expired lock to exactly one sweeper, so with
 * several nodes sweeping one database each expiry is announced once.
 */
public final class SweepExpiredLocksService implements SweepExpiredLocksUseCase {

    private static final System.Logger LOG = System.getLogger(SweepExpiredLocksService.class.getName());

    private final LockStore locks;
    private final LockEvents events;

    public SweepExpiredLocksService(LockStore locks, LockEvents events) {
        this.locks = locks;
        this.events = events;
    }

    @Override
    public List<Lock> sweep() {
        List<Lock> expired = locks.sweepExpired();

        Instant now = locks.now();
        for (Lock lock : expired) {
            events.publish(new SyncEvent.LockReleased(lock, ReleaseReason.EXPIRED, Optional.empty(), now));
        }
        LOG.log(expired.isEmpty() ? Level.DEBUG : Level.INFO, "sweeper ended {0} expired locks", expired.size());
        return expired;
    }
}
