package dev.syncpoint.application.port.in;

import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.Appointment;
import java.time.Instant;

/** Appointments overlapping [{@code from}, {@code to}), earliest start first, as a calendar shows them. */
public interface AppointmentsInRangeQuery {

    /** @throws IllegalArgumentException when {@code from} is not before {@code to} */
    Page<Appointment> appointmentsBetween(Instant from, Instant to, PageRequest page);
}
