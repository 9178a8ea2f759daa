package dev.syncpoint.application.port.in;

import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentId;
import java.util.Optional;

/** One appointment, with the version a later change must name. */
public interface GetAppointmentQuery {

    Optional<Appointment> appointment(AppointmentId id);
}
