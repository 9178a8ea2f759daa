package dev.syncpoint.application.memory;

import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.AppointmentNotFound;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.ForceReleaseResult;
import dev.syncpoint.domain.lock.HeartbeatResult;
import dev.syncpoint.domain.lock.HeldByOther;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockSlot;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.lock.ReleaseResult;
import dev.syncpoint.domain.lock.TakeoverResult;
import dev.syncpoint.domain.lock.TransferResult;
import dev.syncpoint.domain.lock.Transition;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/** {@link LockStore} in memory: each call runs the domain's decision inside the appointment's cell. */
public final class InMemoryLockStore implements LockStore {

    private final InMemoryState state;

    InMemoryLockStore(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Instant now() {
        return state.now();
    }

    @Override
    public AcquireResult acquire(AppointmentId appointment, UserRef who, Duration ttl, OptionalLong expectedVersion) {
        return decide(appointment, (slot, now) -> slot.acquire(who, now, ttl, expectedVersion), missing(appointment));
    }

    @Override
    public HeartbeatResult heartbeat(
            AppointmentId appointment,
            UserId who,
            Duration ttl,
            OptionalLong expectedVersion,
            Optional<FencingToken> fencingToken) {
        return decide(
                appointment,
                (slot, now) -> slot.heartbeat(who, now, ttl, expectedVersion, fencingToken),
                missing(appointment));
    }

    @Override
    public ReleaseResult release(
            AppointmentId appointment, UserId who, OptionalLong expectedVersion, Optional<FencingToken> fencingToken) {
        return decide(
                appointment,
                (slot, now) -> slot.release(who, now, expectedVersion, fencingToken),
                missing(appointment));
    }

    @Override
    public ForceReleaseResult forceRelease(AppointmentId appointment, UserRef admin, Optional<String> reason) {
        return decide(appointment, (slot, now) -> slot.forceRelease(admin, now, reason), missing(appointment));
    }

    @Override
    public TakeoverResult takeOver(AppointmentId appointment, UserRef admin, Duration ttl, Optional<String> reason) {
        return decide(appointment, (slot, now) -> slot.takeOver(admin, now, ttl, reason), missing(appointment));
    }

    @Override
    public TransferResult transfer(
            AppointmentId appointment, UserId from, UserRef to, Duration ttl, Optional<FencingToken> fencingToken) {
        return decide(
                appointment, (slot, now) -> slot.transfer(from, to, now, ttl, fencingToken), missing(appointment));
    }

    @Override
    public LockStatus status(AppointmentId appointment) {
        return state.inCell(
                appointment,
                (cell, now) -> new LockStatus(appointment, cell.slot.liveLockAt(now), now),
                now -> new LockStatus(appointment, Optional.empty(), now));
    }

    @Override
    public List<Lock> liveLocks() {
        List<Lock> live = new ArrayList<>();
        for (InMemoryState.Cell cell : state.cells()) {
            synchronized (cell) {
                if (cell.appointment != null) {
                    cell.slot.liveLockAt(state.now()).ifPresent(live::add);
                }
            }
        }
        live.sort(Comparator.comparing(Lock::acquiredAt));
        return live;
    }

    @Override
    public List<Lock> sweepExpired() {
        List<Lock> ended = new ArrayList<>();
        for (InMemoryState.Cell cell : state.cells()) {
            synchronized (cell) {
                Transition<Optional<Lock>> expiry = cell.slot.expire(state.now());
                apply(cell, expiry);
                expiry.result().ifPresent(ended::add);
            }
        }
        return ended;
    }

    /** Runs one decision as the appointment's unit of work; the state and its rows change together. */
    private <R> R decide(
            AppointmentId appointment,
            BiFunction<LockSlot, Instant, Transition<R>> decision,
            Function<Instant, ? extends R> missing) {
        return state.inCell(
                appointment,
                (cell, now) -> {
                    Transition<R> transition = decision.apply(cell.slot, now);
                    apply(cell, transition);
                    if (transition.result() instanceof HeldByOther) {
                        cell.conflicts++;
                    }
                    return transition.result();
                },
                missing);
    }

    private void apply(InMemoryState.Cell cell, Transition<?> transition) {
        cell.slot = transition.next();
        state.record(transition.history());
    }

    private static Function<Instant, AppointmentNotFound> missing(AppointmentId appointment) {
        return now -> new AppointmentNotFound(appointment, now);
    }
}
