package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.ControlRequestId;
import dev.syncpoint.domain.user.User;
import java.util.Objects;

/** The holder's answer to a request for control. */
public record AnswerControlCommand(AppointmentId appointment, ControlRequestId request, User actor) {

    public AnswerControlCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(actor, "actor");
    }
}
