package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.User;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Take or renew the lock on an appointment.
 *
 * @param actor the verified caller (rule 13)
 * @param expectedVersion when present, the live lock's version the caller believes current (rule 5)
 */
public record AcquireLockCommand(AppointmentId appointment, User actor, OptionalLong expectedVersion) {

    public AcquireLockCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
