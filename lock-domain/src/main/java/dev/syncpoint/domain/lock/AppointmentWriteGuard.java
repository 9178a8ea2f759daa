package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.appointment.Appointment;
import java.time.Instant;
import java.util.Optional;

/**
 * Rule 11 as a decision: a write goes ahead only from the holder of the live lock, with that lock's
 * fencing token, against the stored version. Stores call it with the lock and appointment they read in
 * the same transaction as the write.
 */
public final class AppointmentWriteGuard {

    private AppointmentWriteGuard() {}

    /** Empty when the write may go ahead; otherwise the first rule it breaks, in the order of the statuses. */
    public static Optional<WriteRefusal> check(
            Appointment stored, Optional<Lock> lock, EditPermit permit, Instant now) {
        Optional<Lock> live = lock.filter(l -> l.isLiveAt(now));
        if (live.isEmpty() || !live.get().isHeldBy(permit.editor())) {
            return Optional.of(new NotLockedByEditor(live, now));
        }
        if (!live.get().fencingToken().equals(permit.fencingToken())) {
            return Optional.of(new StaleFencingToken(permit.fencingToken(), live.get(), now));
        }
        if (stored.version() != permit.expectedVersion()) {
            return Optional.of(new StaleAppointmentVersion(permit.expectedVersion(), stored.version()));
        }
        return Optional.empty();
    }
}
