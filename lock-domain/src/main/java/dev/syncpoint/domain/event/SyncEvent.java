package dev.syncpoint.domain.event;

import dev.syncpoint.domain.appointment.Appointment;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.lock.ControlRequest;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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

    /**
     * @param by who ended it when not the holder: an admin, or the user it was handed to
     * @param note what the admin said when force-releasing it, for the former holder
     */
    record LockReleased(Lock lock, ReleaseReason reason, Optional<UserRef> by, Optional<String> note, Instant at)
            implements SyncEvent {
        public LockReleased {
            note = note == null ? Optional.empty() : note;
        }

        /** A release nobody explained. */
        public LockReleased(Lock lock, ReleaseReason reason, Optional<UserRef> by, Instant at) {
            this(lock, reason, by, Optional.empty(), at);
        }

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

    /**
     * Who watches an appointment over live connections of one server node. Each node announces its own
     * watchers as a whole, replacing what it said before, so the watchers of an appointment are the union
     * over the nodes; an empty list means nobody watches there any more.
     *
     * @param node the announcing node's identity, stable while it runs
     */
    record PresenceChanged(AppointmentId appointmentId, String node, List<UserRef> watchers, Instant at)
            implements SyncEvent {
        public PresenceChanged {
            Objects.requireNonNull(appointmentId, "appointmentId");
            Objects.requireNonNull(node, "node");
            watchers = List.copyOf(watchers);
            Objects.requireNonNull(at, "at");
        }
    }

    /** Where a watcher points in the appointment's editor, as fractions 0..1 of its width and height. */
    record CursorMoved(AppointmentId appointmentId, UserRef user, double x, double y, Instant at) implements SyncEvent {
        public CursorMoved {
            Objects.requireNonNull(appointmentId, "appointmentId");
            Objects.requireNonNull(user, "user");
            requireFraction("x", x);
            requireFraction("y", y);
            Objects.requireNonNull(at, "at");
        }

        private static void requireFraction(String name, double value) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException(name + " must be a fraction from 0 to 1, was " + value);
            }
        }
    }
}
