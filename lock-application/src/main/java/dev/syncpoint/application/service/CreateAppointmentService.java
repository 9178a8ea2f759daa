package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.CreateAppointmentCommand;
import dev.syncpoint.application.port.in.CreateAppointmentUseCase;
import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.SyncEvent;
import java.lang.System.Logger.Level;

/** Stores a new appointment under a fresh id. */
public final class CreateAppointmentService implements CreateAppointmentUseCase {

    private static final System.Logger LOG = System.getLogger(CreateAppointmentService.class.getName());

    private final AppointmentStore appointments;
    private final LockEvents events;

    public CreateAppointmentService(AppointmentStore appointments, LockEvents events) {
        this.appointments = appointments;
        this.events = events;
    }

    @Override
    public Appointment create(CreateAppointmentCommand command) {
        Appointment created = appointments.create(AppointmentId.random(), command.details());

        events.publish(new SyncEvent.AppointmentCreated(created, created.createdAt()));
        LOG.log(
                Level.DEBUG,
                () -> "appointment " + created.id() + " created by "
                        + command.actor().id());
        return created;
    }
}
