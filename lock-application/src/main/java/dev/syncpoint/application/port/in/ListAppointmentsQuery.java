package dev.syncpoint.application.port.in;

import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.Appointment;

/** All appointments, earliest start first. */
public interface ListAppointmentsQuery {

    Page<Appointment> appointments(PageRequest page);
}
