package dev.syncpoint.domain.lock;

import dev.syncpoint.domain.appointment.AppointmentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Who, if anyone, holds an appointment's live lock, read at {@code serverNow}. */
public record LockStatus(AppointmentId appointmentId, Optional<Lock> lock, Instant serverNow) implements LockAnswer {

    public LockStatus {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(serverNow, "serverNow");
        if (lock.isPresent() && !lock.get().isLiveAt(serverNow)) {
            throw new IllegalArgumentException("a status only ever shows a live lock");
        }
    }
}
