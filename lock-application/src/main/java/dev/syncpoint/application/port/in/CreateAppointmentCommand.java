package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.AppointmentDetails;
import dev.syncpoint.domain.user.User;
import java.util.Objects;

/** Add an appointment; the details were validated when they were made. */
public record CreateAppointmentCommand(User actor, AppointmentDetails details) {

    public CreateAppointmentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(details, "details");
    }
}
