package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.Appointment;

/** Add an appointment at version 1; anyone signed in may. */
public interface CreateAppointmentUseCase {

    Appointment create(CreateAppointmentCommand command);
}
