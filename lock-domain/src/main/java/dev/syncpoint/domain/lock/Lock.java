package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.UserId;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An edit lock on one appointment. It is live while {@code now < expiresAt} by the store's clock (rule 1).
 * {@code version} starts at 1 and grows with each renewal; {@code fencingToken} stays for the lock's life.
 */
public record Lock(
        AppointmentId appointmentId,
        UserRef holder,
        long version,
        FencingToken fencingToken,
        Instant acquiredAt,
        Instant expiresAt) {

    public Lock {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(fencingToken, "fencingToken");
        Objects.requireNonNull(acquiredAt, "acquiredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (version < 1) {
            throw new IllegalArgumentException("a lock version starts at 1, was " + version);
        }
        if (expiresAt.isBefore(acquiredAt)) {
            throw new IllegalArgumentException("a lock cannot expire before it was acquired");
        }
    }

    /** A new lock (rule 2): version 1, expiring one time-to-live from now. */
    public static Lock grant(
            AppointmentId appointmentId, UserRef holder, FencingToken token, Instant now, Duration ttl) {
        return new Lock(appointmentId, holder, 1, token, now, now.plus(LockTtl.check(ttl)));
    }

    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public boolean isHeldBy(UserId user) {
        return holder.id().equals(user);
    }

    /**
     * The same lock, one version on, expiring one time-to-live from now (rule 3). Should the store's clock
     * have stepped back so far that this would end the lock before it began, it keeps its expiry instead.
     */
    public Lock renewedAt(Instant now, Duration ttl) {
        Instant renewedUntil = now.plus(LockTtl.check(ttl));
        Instant until = renewedUntil.isBefore(acquiredAt) ? expiresAt : renewedUntil;
        return new Lock(appointmentId, holder, version + 1, fencingToken, acquiredAt, until);
    }

    /** How long the lock was held if it ends at {@code end}; never negative. */
    public Duration heldUntil(Instant end) {
        Duration held = Duration.between(acquiredAt, end);
        return held.isNegative() ? Duration.ZERO : held;
    }

    public Duration remainingAt(Instant now) {
        Duration left = Duration.between(now, expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
