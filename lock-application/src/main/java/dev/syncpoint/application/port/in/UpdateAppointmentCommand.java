package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.EditPermit;
import dev.syncpoint.domain.lock.FencingToken;
import dev.syncpoint.domain.user.User;
import java.util.Objects;

/**
 * Change an appointment (rule 11).
 *
 * @param fencingToken the token of the lock the actor holds
 * @param expectedVersion the appointment version the actor read
 */
public record UpdateAppointmentCommand(
        AppointmentId appointment,
        User actor,
        AppointmentDetails details,
        FencingToken fencingToken,
        long expectedVersion) {

    public UpdateAppointmentCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(fencingToken, "fencingToken");
    }

    public EditPermit permit() {
        return new EditPermit(actor.id(), fencingToken, expectedVersion);
    }
}
