package dev.syncpoint.application.port.out;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.AcquireResult;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.ForceReleaseResult;
import dev.syncpoint.domain.lock.HeartbeatResult;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.lock.LockStatus;
import dev.syncpoint.domain.lock.ReleaseResult;
import dev.syncpoint.domain.lock.TakeoverResult;
import dev.syncpoint.domain.lock.TransferResult;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where edit locks live, and the only place that decides them. Each method is one atomic unit of work that
 * gives exactly the answers of {@link dev.syncpoint.domain.lock.LockSlot}, reading time from the store's
 * own clock ({@link #now()}), and writes the history rows of a change together with the change (rule 12).
 * Expected refusals are answers, not exceptions; an exception means the store itself failed, and then
 * nothing changed.
 *
 * <p>Methods on an appointment that does not exist answer {@code AppointmentNotFound} and change nothing.
 * The {@code LockStoreContract} in this module's test-jar states every rule as a test.
 */
public interface LockStore {

    /** The store's clock: the time every lock decision is made against (rule 1). */
    Instant now();

    /**
     * Rules 2 to 5. An acquire refused as {@code HeldByOther} also counts one conflict for the appointment
     * (see {@link LockHistory#statistics}), though it writes no history row.
     *
     * @param expectedVersion when present and a live lock exists, its version must be this one
     */
    AcquireResult acquire(AppointmentId appointment, UserRef who, Duration ttl, OptionalLong expectedVersion);

    /** Rule 3: renews the caller's live lock; never grants a lock that was lost. */
    HeartbeatResult heartbeat(
            AppointmentId appointment,
            UserId who,
            Duration ttl,
            OptionalLong expectedVersion,
            Optional<FencingToken> fencingToken);

    /** Rule 6: only the holder ends the lock, and never a newer lock than the one they name. */
    ReleaseResult release(
            AppointmentId appointment, UserId who, OptionalLong expectedVersion, Optional<FencingToken> fencingToken);

    /** Rule 8, first half: ends the live lock as force-released. The caller has checked {@code admin}'s role. */
    ForceReleaseResult forceRelease(AppointmentId appointment, UserRef admin, Optional<String> reason);

    /** Rule 8, second half: ends the holder's lock and grants {@code admin} a new one, in one unit of work. */
    TakeoverResult takeOver(AppointmentId appointment, UserRef admin, Duration ttl, Optional<String> reason);

    /** Rule 9: moves the live lock from {@code from} to {@code to}, who gets a new fencing token. */
    TransferResult transfer(
            AppointmentId appointment, UserId from, UserRef to, Duration ttl, Optional<FencingToken> fencingToken);

    /** The appointment's live lock, if any; reads never change anything, not even an expired lock. */
    LockStatus status(AppointmentId appointment);

    /** Every live lock, oldest grant first. */
    List<Lock> liveLocks();

    /**
     * Rule 7: ends the locks that have expired with one {@code expired} row each, and answers the locks it
     * ended. When several sweepers run at once, each expired lock is ended, and answered, by exactly one. A
     * store may skip an appointment that another call is changing at that moment; that call, or the next
     * sweep, ends its lock.
     */
    List<Lock> sweepExpired();
}
