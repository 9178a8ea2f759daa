package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.AppointmentsInRangeQuery;
import dev.syncpoint.application.port.in.GetAppointmentQuery;
import dev.syncpoint.application.port.in.ListAppointmentsQuery;
import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.Page;
import dev.syncpoint.application.port.out.PageRequest;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentId;
import java.time.Instant;
import java.util.Optional;

/** Reads appointments. */
public final class AppointmentQueryService
        implements GetAppointmentQuery, ListAppointmentsQuery, AppointmentsInRangeQuery {

    private final AppointmentStore appointments;

    public AppointmentQueryService(AppointmentStore appointments) {
        this.appointments = appointments;
    }

    @Override
    public Optional<Appointment> appointment(AppointmentId id) {
        return appointments.find(id);
    }

    @Override
    public Page<Appointment> appointments(PageRequest page) {
        return appointments.list(page);
    }

    @Override
    public Page<Appointment> appointmentsBetween(Instant from, Instant to, PageRequest page) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a range needs from before to, got " + from + " and " + to);
        }
        return appointments.overlapping(from, to, page);
    }
}
