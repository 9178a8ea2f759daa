package dev.syncpoint.domain.history;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the audit history. An ownership is the pair of rows sharing an appointment and a fencing
 * token: its {@code acquired} row and, once it is over, exactly one ending row.
 *
 * @param holder the user whose lock this row is about
 * @param actor who caused an ending that the holder did not: the admin for {@code force_released}, the
 *     requester for {@code transferred}; empty when the holder acted or the lock expired
 * @param heldFor on ending rows, the time from grant to end
 * @param grantKind on {@code acquired} rows, how the lock was granted
 * @param reason free text an admin gave for a force-release or takeover
 */
public record HistoryEntry(
        AppointmentId appointmentId,
        HistoryAction action,
        UserRef holder,
        Optional<UserRef> actor,
        FencingToken fencingToken,
        Instant at,
        Optional<Duration> heldFor,
        Optional<GrantKind> grantKind,
        Optional<String> reason) {

    public HistoryEntry {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(fencingToken, "fencingToken");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(heldFor, "heldFor");
        Objects.requireNonNull(grantKind, "grantKind");
        Objects.requireNonNull(reason, "reason");
        if (action.endsOwnership() != heldFor.isPresent()) {
            throw new IllegalArgumentException("ending rows, and only they, carry heldFor");
        }
        if (action.endsOwnership() == grantKind.isPresent()) {
            throw new IllegalArgumentException("acquired rows, and only they, carry a grant kind");
        }
    }

    public static HistoryEntry granted(Lock lock, GrantKind kind, Optional<String> reason) {
        return new HistoryEntry(
                lock.appointmentId(),
                HistoryAction.ACQUIRED,
                lock.holder(),
                Optional.empty(),
                lock.fencingToken(),
                lock.acquiredAt(),
                Optional.empty(),
                Optional.of(kind),
                reason);
    }

    public static HistoryEntry ended(
            Lock lock, HistoryAction action, Instant at, Optional<UserRef> actor, Optional<String> reason) {
        if (!action.endsOwnership()) {
            throw new IllegalArgumentException(action + " does not end a lock");
        }
        return new HistoryEntry(
                lock.appointmentId(),
                action,
                lock.holder(),
                actor,
                lock.fencingToken(),
                at,
                Optional.of(lock.heldUntil(at)),
                Optional.empty(),
                reason);
    }
}
