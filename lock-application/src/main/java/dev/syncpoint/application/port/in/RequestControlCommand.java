package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.user.User;
import java.util.Objects;

/** Ask the holder of an appointment's lock to hand it over. */
public record RequestControlCommand(AppointmentId appointment, User actor) {

    public RequestControlCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(actor, "actor");
    }
}
