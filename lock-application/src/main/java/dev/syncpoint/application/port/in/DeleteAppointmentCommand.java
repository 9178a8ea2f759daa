package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.EditPermit;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.user.User;
import java.util.Objects;

/** Delete an appointment (rule 11), naming the lock held and the version read. */
public record DeleteAppointmentCommand(
        AppointmentId appointment, User actor, FencingToken fencingToken, long expectedVersion) {

    public DeleteAppointmentCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(fencingToken, "fencingToken");
    }

    public EditPermit permit() {
        return new EditPermit(actor.id(), fencingToken, expectedVersion);
    }
}
