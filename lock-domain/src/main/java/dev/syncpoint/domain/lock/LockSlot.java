package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.history.GrantKind;
import dev.syncpoint.domain.history.HistoryAction;
import dev.syncpoint.domain.history.HistoryEntry;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The lock rules as pure decisions over one appointment's lock state: the current lock row (live or not)
 * and the last fencing token ever issued for the appointment. Every transition
 *
 * <ol>
 *   <li>ends a lock found expired on the way, with one {@code expired} row dated at its expiry (rule 2);
 *   <li>checks the caller against the live lock, refusing without change (rules 3 to 6);
 *   <li>applies the change and adds the history rows that must be stored with it (rule 12).
 * </ol>
 *
 * <p>A store that cannot run this code inside its unit of work, such as a SQL store, must give the same
 * answers; the port contract tests hold both to that.
 */
public record LockSlot(AppointmentId appointmentId, Optional<Lock> lock, FencingToken lastIssued) {

    public LockSlot {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(lastIssued, "lastIssued");
        if (lock.isPresent() && lock.get().fencingToken().isNewerThan(lastIssued)) {
            throw new IllegalArgumentException("a lock's token cannot be newer than the last token issued");
        }
    }

    public static LockSlot unlocked(AppointmentId appointmentId) {
        return new LockSlot(appointmentId, Optional.empty(), FencingToken.NONE);
    }

    public Optional<Lock> liveLockAt(Instant now) {
        return lock.filter(l -> l.isLiveAt(now));
    }

    /** Rules 2 to 5: grant a new lock, renew the caller's own, or refuse. */
    public Transition<AcquireResult> acquire(UserRef who, Instant now, Duration ttl, OptionalLong expectedVersion) {
        Swept swept = sweep(now);

        Optional<Lock> live = swept.slot.lock;
        if (live.isEmpty()) {
            Transition<Acquired> granted = swept.grant(who, now, ttl, GrantKind.ACQUIRE, Optional.empty());
            return new Transition<>(granted.next(), granted.history(), granted.result());
        }

        Lock current = live.get();
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            return swept.refuse(new VersionConflict(expectedVersion.getAsLong(), current.version(), current, now));
        }
        if (!current.isHeldBy(who.id())) {
            return swept.refuse(new HeldByOther(current, now));
        }
        Lock renewed = current.renewedAt(now, ttl);
        return swept.replace(Optional.of(renewed), List.of(), new Renewed(renewed, now));
    }

    /** Rule 3: renew the caller's live lock; a lost lock is never granted again here. */
    public Transition<HeartbeatResult> heartbeat(
            UserId who, Instant now, Duration ttl, OptionalLong expectedVersion, Optional<FencingToken> token) {
        Swept swept = sweep(now);

        Optional<Lock> live = swept.slot.lock;
        if (live.isEmpty() || !live.get().isHeldBy(who)) {
            return swept.refuse(new LockLost(live, now));
        }

        Lock current = live.get();
        if (token.isPresent() && !token.get().equals(current.fencingToken())) {
            return swept.refuse(new StaleFencingToken(token.get(), current, now));
        }
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            return swept.refuse(new VersionConflict(expectedVersion.getAsLong(), current.version(), current, now));
        }
        Lock renewed = current.renewedAt(now, ttl);
        return swept.replace(Optional.of(renewed), List.of(), new Renewed(renewed, now));
    }

    /** Rule 6: only the holder ends a lock, and only the lock (token, version) they name, if they name one. */
    public Transition<ReleaseResult> release(
            UserId who, Instant now, OptionalLong expectedVersion, Optional<FencingToken> token) {
        Swept swept = sweep(now);

        Optional<Lock> live = swept.slot.lock;
        if (live.isEmpty()) {
            return swept.refuse(new NotLocked(now));
        }

        Lock current = live.get();
        if (!current.isHeldBy(who)) {
            return swept.refuse(new NotHolder(current, now));
        }
        if (token.isPresent() && !token.get().equals(current.fencingToken())) {
            return swept.refuse(new StaleFencingToken(token.get(), current, now));
        }
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            return swept.refuse(new VersionConflict(expectedVersion.getAsLong(), current.version(), current, now));
        }
        HistoryEntry row = HistoryEntry.ended(current, HistoryAction.RELEASED, now, Optional.empty(), Optional.empty());
        return swept.replace(Optional.empty(), List.of(row), new Released(current, current.heldUntil(now), now));
    }

    /** Rule 8: an admin ends whoever's live lock. The caller has checked that {@code admin} is one. */
    public Transition<ForceReleaseResult> forceRelease(UserRef admin, Instant now, Optional<String> reason) {
        Swept swept = sweep(now);

        Optional<Lock> live = swept.slot.lock;
        if (live.isEmpty()) {
            return swept.refuse(new NotLocked(now));
        }

        Lock current = live.get();
        HistoryEntry row = HistoryEntry.ended(current, HistoryAction.FORCE_RELEASED, now, Optional.of(admin), reason);
        return swept.replace(
                Optional.empty(), List.of(row), new ForceReleased(current, admin, current.heldUntil(now), now));
    }

    /** Rule 8: in one step, end the holder's lock as force-released and grant the admin a new one. */
    public Transition<TakeoverResult> takeOver(UserRef admin, Instant now, Duration ttl, Optional<String> reason) {
        Swept swept = sweep(now);

        Optional<Lock> live = swept.slot.lock;
        if (live.isEmpty()) {
            return swept.refuse(new NotLocked(now));
        }

        Lock current = live.get();
        if (current.isHeldBy(admin.id())) {
            return swept.refuse(new AlreadyHolder(current, now));
        }
        HistoryEntry ended = HistoryEntry.ended(current, HistoryAction.FORCE_RELEASED, now, Optional.of(admin), reason);
        Transition<Acquired> granted = swept.afterEnding(ended).grant(admin, now, ttl, GrantKind.TAKEOVER, reason);
        Lock lock = granted.result().lock();
        return new Transition<>(granted.next(), granted.history(), new TakenOver(current, lock, now));
    }

    /**
     * Rule 9: the holder hands the lock to {@code to}, who gets a new fencing token. Handing it to oneself
     * is allowed here and simply issues a new token; the use cases never ask for it.
     */
    public Transition<TransferResult> transfer(
            UserId from, UserRef to, Instant now, Duration ttl, Optional<FencingToken> token) {
        Swept swept = sweep(now);

        Optional<Lock> live = swept.slot.lock;
        if (live.isEmpty()) {
            return swept.refuse(new NotLocked(now));
        }

        Lock current = live.get();
        if (!current.isHeldBy(from)) {
            return swept.refuse(new NotHolder(current, now));
        }
        if (token.isPresent() && !token.get().equals(current.fencingToken())) {
            return swept.refuse(new StaleFencingToken(token.get(), current, now));
        }
        HistoryEntry ended =
                HistoryEntry.ended(current, HistoryAction.TRANSFERRED, now, Optional.of(to), Optional.empty());
        Transition<Acquired> granted =
                swept.afterEnding(ended).grant(to, now, ttl, GrantKind.TRANSFER, Optional.empty());
        Lock lock = granted.result().lock();
        return new Transition<>(granted.next(), granted.history(), new Transferred(current, lock, now));
    }

    /** Rule 7: the sweeper's step. Answers the lock it ended, or empty when there was none to end. */
    public Transition<Optional<Lock>> expire(Instant now) {
        Swept swept = sweep(now);
        return new Transition<>(swept.slot, swept.rows, swept.expired);
    }

    private Swept sweep(Instant now) {
        if (lock.isEmpty() || lock.get().isLiveAt(now)) {
            return new Swept(this, List.of(), Optional.empty());
        }
        Lock expired = lock.get();
        HistoryEntry row = HistoryEntry.ended(
                expired, HistoryAction.EXPIRED, expired.expiresAt(), Optional.empty(), Optional.empty());
        return new Swept(new LockSlot(appointmentId, Optional.empty(), lastIssued), List.of(row), Optional.of(expired));
    }

    /** The state once any expired lock has been ended, with the rows that ending produced. */
    private record Swept(LockSlot slot, List<HistoryEntry> rows, Optional<Lock> expired) {

        <R> Transition<R> refuse(R result) {
            return new Transition<>(slot, rows, result);
        }

        <R> Transition<R> replace(Optional<Lock> lock, List<HistoryEntry> more, R result) {
            List<HistoryEntry> all = new ArrayList<>(rows);
            all.addAll(more);
            return new Transition<>(new LockSlot(slot.appointmentId, lock, slot.lastIssued), all, result);
        }

        Swept afterEnding(HistoryEntry ending) {
            List<HistoryEntry> all = new ArrayList<>(rows);
            all.add(ending);
            return new Swept(new LockSlot(slot.appointmentId, Optional.empty(), slot.lastIssued), all, expired);
        }

        Transition<Acquired> grant(UserRef who, Instant now, Duration ttl, GrantKind kind, Optional<String> reason) {
            FencingToken token = slot.lastIssued.next();
            Lock granted = Lock.grant(slot.appointmentId, who, token, now, ttl);
            List<HistoryEntry> all = new ArrayList<>(rows);
            all.add(HistoryEntry.granted(granted, kind, reason));
            LockSlot next = new LockSlot(slot.appointmentId, Optional.of(granted), token);
            return new Transition<>(next, all, new Acquired(granted, expired, now));
        }
    }
}
