package dev.syncpoint.domain.event;

import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserRef;
import java.time.Instant;
import java.util.Optional;

/**
 * Something watchers of an appointment are told about. Events are published after the change they
 * describe was stored; they inform, they never decide.
 */
public sealed interface SyncEvent {

    AppointmentId appointmentId();

    Instant at();

    record LockAcquired(Lock lock, Instant at) implements SyncEvent {
        public AppointmentId appointmentId() {
            return lock.appointmentId();
        }
    }

    record LockRenewed(Lock lock, Instant at) implements SyncEvent {
        public AppointmentId appointmentId() {
            return lock.appointmentId();
        }
    }

    /** @param by who ended it when not the holder: an admin, or the user it was handed to */
    record LockReleased(Lock lock, ReleaseReason reason, Optional<UserRef> by, Instant at) implements SyncEvent {
        public AppointmentId appointmentId() {
            return lock.appointmentId();
        }
    }

    record AdminTakeover(Lock previous, Lock granted, Optional<String> reason, Instant at) implements SyncEvent {
        public AppointmentId appointmentId() {
            return granted.appointmentId();
        }
    }

    record ControlRequestedEvent(ControlRequest request, Instant at) implements SyncEvent {
        public AppointmentId appointmentId() {
            return request.appointmentId();
        }
    }

    record ControlGrantedEvent(ControlRequest request, Lock granted, Instant at) implements SyncEvent {
        public AppointmentId appointmentId() {
            return request.appointmentId();
        }
    }

    record ControlDeniedEvent(ControlRequest request, Instant at) implements SyncEvent {
        public AppointmentId appointmentId() {
            return request.appointmentId();
        }
    }

    record AppointmentCreated(Appointment appointment, Instant at) implements SyncEvent {
        public AppointmentId appointmentId() {
            return appointment.id();
        }
    }

    record AppointmentUpdated(Appointment appointment, UserRef by, Instant at) implements SyncEvent {
        public AppointmentId appointmentId() {
            return appointment.id();
        }
    }

    record AppointmentDeleted(AppointmentId appointmentId, UserRef by, Instant at) implements SyncEvent {}
}
