package dev.syncpoint.application.service;

import dev.syncpoint.application.port.in.DeleteAppointmentCommand;
import dev.syncpoint.application.port.in.DeleteAppointmentUseCase;
import dev.syncpoint.application.port.out.AppointmentStore;
import dev.syncpoint.application.port.out.LockEvents;
import dev.syncpoint.application.port.out.LockStore;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.lock.AppointmentRemoved;
import dev.syncpoint.domain.lock.DeleteAppointmentResult;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;

/** Deletes an appointment under rule 11; watchers see the lock end and the appointment go. */
public final class DeleteAppointmentService implements DeleteAppointmentUseCase {

    private static final System.Logger LOG = System.getLogger(DeleteAppointmentService.class.getName());

    private final AppointmentStore appointments;
    private final LockStore locks;
    private final LockEvents events;

    public DeleteAppointmentService(AppointmentStore appointments, LockStore locks, LockEvents events) {
        this.appointments = appointments;
        this.locks = locks;
        this.events = events;
    }

    @Override
    public DeleteAppointmentResult delete(DeleteAppointmentCommand command) {
        DeleteAppointmentResult result = appointments.delete(command.appointment(), command.permit());

        if (result instanceof AppointmentRemoved removed) {
            Instant now = locks.now();
            events.publish(
                    new SyncEvent.LockReleased(removed.releasedLock(), ReleaseReason.RELEASED, Optional.empty(), now));
            events.publish(new SyncEvent.AppointmentDeleted(
                    command.appointment(), command.actor().ref(), now));
            LOG.log(
                    Level.INFO,
                    "appointment {0} deleted by {1}",
                    command.appointment(),
                    command.actor().id());
        }
        return result;
    }
}
