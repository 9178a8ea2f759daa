package dev.syncpoint.adapter.websocket;

import dev.syncpoint.application.SyncPoint;
import dev.syncpoint.application.port.in.AbandonedLockCommand;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.user.User;
import dev.syncpoint.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule 10 on this node. When a connection drops and its user holds the live lock of an appointment it
 * watched, and watches that appointment on no other live connection here or on another node, the lock
 * as seen at that moment is handed to the use case once the grace period has passed, together with
 * whether the holder is back by then. The use case decides; a renewal or a newer lock is never ended.
 *
 * <p>A later drop of the same holder and appointment replaces the earlier wait, so the grace always counts
 * from the last drop; coming back cancels it.
 */
final class AbandonedLocks {

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedLocks.class);

    private final SyncPoint syncPoint;
    private final Presence presence;
    private final ScheduledExecutorService timers;
    private final Duration grace;
    private final Map<Watcher, ScheduledFuture<?>> waiting = new ConcurrentHashMap<>();

    AbandonedLocks(SyncPoint syncPoint, Presence presence, ScheduledExecutorService timers, Duration grace) {
        this.syncPoint = syncPoint;
        this.presence = presence;
        this.timers = timers;
        this.grace = grace;
    }

    /** A connection of {@code user} that watched the appointment has ended; it is no longer in the rooms. */
    void watcherLeft(User user, AppointmentId appointment) {
        if (presence.isWatching(user.id(), appointment)) {
            return;
        }

        Optional<LockStatus> status = syncPoint.lockStatus().status(appointment);
        Optional<Lock> held = status.flatMap(LockStatus::lock).filter(lock -> lock.isHeldBy(user.id()));
        if (held.isPresent()) {
            waitFor(held.get(), status.get().serverNow());
        }
    }

    /** The user watches the appointment again, here or on another node. */
    void watcherBack(UserId user, AppointmentId appointment) {
        ScheduledFuture<?> pending = waiting.remove(new Watcher(appointment, user));
        if (pending != null) {
            pending.cancel(false);
            LOG.debug("holder {} is back on appointment {}; the lock stays", user, appointment);
        }
    }

    private void waitFor(Lock lock, Instant disconnectedAt) {
        Watcher holder = new Watcher(lock.appointmentId(), lock.holder().id());
        AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
        Runnable decide = () -> {
            waiting.remove(holder, self.get());
            boolean back = presence.isWatching(holder.user(), holder.appointment());
            syncPoint.releaseAbandonedLock().releaseIfAbandoned(new AbandonedLockCommand(lock, disconnectedAt, back));
        };

        try {
            self.set(timers.schedule(
                    Guarded.task(LOG, "releasing an abandoned lock", decide), grace.toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException stopping) {
            LOG.debug("not waiting for holder {}: this node is stopping", holder.user());
            return;
        }
        ScheduledFuture<?> earlier = waiting.put(holder, self.get());
        if (earlier != null) {
            earlier.cancel(false);
        }
        LOG.info(
                "holder {} of appointment {} has no live connection; the lock goes in {} unless they return",
                holder.user(),
                holder.appointment(),
                grace);
    }
}
