package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.UpdateAppointmentCommand;
import dev.syncpoint.application.port.in.UpdateAppointmentUseCase;
import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.AppointmentChanged;
import dev.syncpoint.domain.lock.UpdateAppointmentResult;
import java.lang.System.Logger.Level;

/** Changes an appointment; the store checks rule 11 in the same unit of work as the write. */
public final class UpdateAppointmentService implements UpdateAppointmentUseCase {

    private static final System.Logger LOG = System.getLogger(UpdateAppointmentService.class.getName());

    private final AppointmentStore appointments;
    private final LockEvents events;

    public UpdateAppointmentService(AppointmentStore appointments, LockEvents events) {
        this.appointments = appointments;
        this.events = events;
    }

    @Override
    public UpdateAppointmentResult update(UpdateAppointmentCommand command) {
        UpdateAppointmentResult result =
                appointments.update(command.appointment(), command.details(), command.permit());

        if (result instanceof AppointmentChanged changed) {
            events.publish(new SyncEvent.AppointmentUpdated(
                    changed.appointment(),
                    command.actor().ref(),
                    changed.appointment().updatedAt()));
        }
        LOG.log(
                Level.DEBUG,
                () -> "update " + command.appointment() + " by "
                        + command.actor().id() + ": " + result);
        return result;
    }
}
