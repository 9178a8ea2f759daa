package dev.syncpoint.adapter.postgres.events;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.lock.Lock;
import java.time.Instant;
import java.util.UUID;

/** A lock on the wire; the fencing token travels as a plain number. */
record LockWire(
        UUID appointmentId, UserWire holder, long version, long fencingToken, Instant acquiredAt, Instant expiresAt) {

    static LockWire of(Lock lock) {
        return new LockWire(
                lock.appointmentId().value(),
                UserWire.of(lock.holder()),
                lock.version(),
                lock.fencingToken().value(),
                lock.acquiredAt(),
                lock.expiresAt());
    }

    Lock toLock() {
        return new Lock(
                new AppointmentId(appointmentId),
                holder.toUser(),
                version,
                new FencingToken(fencingToken),
                acquiredAt,
                expiresAt);
    }
}
