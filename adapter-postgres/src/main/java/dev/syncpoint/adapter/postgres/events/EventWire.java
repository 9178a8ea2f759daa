package dev.syncpoint.adapter.postgres.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.syncpoint.domain.appointment.AppointmentId;
import dev.syncpoint.domain.event.ReleaseReason;
import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.event.SyncEvent.AdminTakeover;
import dev.syncpoint.domain.event.SyncEvent.AppointmentCreated;
import dev.syncpoint.domain.event.SyncEvent.AppointmentDeleted;
import dev.syncpoint.domain.event.SyncEvent.AppointmentUpdated;
import dev.syncpoint.domain.event.SyncEvent.ControlDeniedEvent;
import dev.syncpoint.domain.event.SyncEvent.ControlGrantedEvent;
import dev.syncpoint.domain.event.SyncEvent.ControlRequestedEvent;
import dev.syncpoint.domain.event.SyncEvent.CursorMoved;
import dev.syncpoint.domain.event.SyncEvent.LockAcquired;
import dev.syncpoint.domain.event.SyncEvent.LockReleased;
import dev.syncpoint.domain.event.SyncEvent.LockRenewed;
import dev.syncpoint.domain.event.SyncEvent.PresenceChanged;
import dev.syncpoint.domain.user.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The wire shape of each {@link SyncEvent}, version 1 of {@link EventCodec}. The {@code type} names
 * are part of the shape: renaming one, or a field, means a new version, since nodes of different
 * releases may share a database while an installation is upgraded.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = EventWire.LockAcquiredWire.class, name = "lock-acquired"),
    @JsonSubTypes.Type(value = EventWire.LockRenewedWire.class, name = "lock-renewed"),
    @JsonSubTypes.Type(value = EventWire.LockReleasedWire.class, name = "lock-released"),
    @JsonSubTypes.Type(value = EventWire.AdminTakeoverWire.class, name = "admin-takeover"),
    @JsonSubTypes.Type(value = EventWire.ControlRequestedWire.class, name = "control-requested"),
    @JsonSubTypes.Type(value = EventWire.ControlGrantedWire.class, name = "control-granted"),
    @JsonSubTypes.Type(value = EventWire.ControlDeniedWire.class, name = "control-denied"),
    @JsonSubTypes.Type(value = EventWire.AppointmentCreatedWire.class, name = "appointment-created"),
    @JsonSubTypes.Type(value = EventWire.AppointmentUpdatedWire.class, name = "appointment-updated"),
    @JsonSubTypes.Type(value = EventWire.AppointmentDeletedWire.class, name = "appointment-deleted"),
    @JsonSubTypes.Type(value = EventWire.PresenceChangedWire.class, name = "presence-changed"),
    @JsonSubTypes.Type(value = EventWire.CursorMovedWire.class, name = "cursor-moved")
})
sealed interface EventWire {

    SyncEvent toEvent();

    /** The wire shape of {@code event}; every variant of the sealed interface has one. */
    static EventWire of(SyncEvent event) {
        if (event instanceof LockAcquired e) {
            return new LockAcquiredWire(LockWire.of(e.lock()), e.at());
        }
        if (event instanceof LockRenewed e) {
            return new LockRenewedWire(LockWire.of(e.lock()), e.at());
        }
        if (event instanceof LockReleased e) {
            return new LockReleasedWire(
                    LockWire.of(e.lock()), e.reason().wireName(), e.by().map(UserWire::of), e.note(), e.at());
        }
        if (event instanceof AdminTakeover e) {
            return new AdminTakeoverWire(LockWire.of(e.previous()), LockWire.of(e.granted()), e.reason(), e.at());
        }
        if (event instanceof ControlRequestedEvent e) {
            return new ControlRequestedWire(ControlRequestWire.of(e.request()), e.at());
        }
        if (event instanceof ControlGrantedEvent e) {
            return new ControlGrantedWire(ControlRequestWire.of(e.request()), LockWire.of(e.granted()), e.at());
        }
        if (event instanceof ControlDeniedEvent e) {
            return new ControlDeniedWire(ControlRequestWire.of(e.request()), e.at());
        }
        if (event instanceof AppointmentCreated e) {
            return new AppointmentCreatedWire(AppointmentWire.of(e.appointment()), e.at());
        }
        if (event instanceof AppointmentUpdated e) {
            return new AppointmentUpdatedWire(AppointmentWire.of(e.appointment()), UserWire.of(e.by()), e.at());
        }
        if (event instanceof AppointmentDeleted e) {
            return new AppointmentDeletedWire(e.appointmentId().value(), UserWire.of(e.by()), e.at());
        }
        if (event instanceof PresenceChanged e) {
            List<UserWire> watchers = e.watchers().stream().map(UserWire::of).toList();
            return new PresenceChangedWire(e.appointmentId().value(), e.node(), watchers, e.at());
        }
        CursorMoved e = (CursorMoved) event;
        return new CursorMovedWire(e.appointmentId().value(), UserWire.of(e.user()), e.x(), e.y(), e.at());
    }

    record LockAcquiredWire(LockWire lock, Instant at) implements EventWire {
        public SyncEvent toEvent() {
            return new LockAcquired(lock.toLock(), at);
        }
    }

    record LockRenewedWire(LockWire lock, Instant at) implements EventWire {
        public SyncEvent toEvent() {
            return new LockRenewed(lock.toLock(), at);
        }
    }

    /** @param reason the lower-case reason, as in {@code "force_released"} */
    record LockReleasedWire(LockWire lock, String reason, Optional<UserWire> by, Optional<String> note, Instant at)
            implements EventWire {
        public SyncEvent toEvent() {
            ReleaseReason why = ReleaseReason.valueOf(reason.toUpperCase(Locale.ROOT));
            return new LockReleased(lock.toLock(), why, by.map(UserWire::toUser), note, at);
        }
    }

    record AdminTakeoverWire(LockWire previous, LockWire granted, Optional<String> reason, Instant at)
            implements EventWire {
        public SyncEvent toEvent() {
            return new AdminTakeover(previous.toLock(), granted.toLock(), reason, at);
        }
    }

    record ControlRequestedWire(ControlRequestWire request, Instant at) implements EventWire {
        public SyncEvent toEvent() {
            return new ControlRequestedEvent(request.toRequest(), at);
        }
    }

    record ControlGrantedWire(ControlRequestWire request, LockWire granted, Instant at) implements EventWire {
        public SyncEvent toEvent() {
            return new ControlGrantedEvent(request.toRequest(), granted.toLock(), at);
        }
    }

    record ControlDeniedWire(ControlRequestWire request, Instant at) implements EventWire {
        public SyncEvent toEvent() {
            return new ControlDeniedEvent(request.toRequest(), at);
        }
    }

    record AppointmentCreatedWire(AppointmentWire appointment, Instant at) implements EventWire {
        public SyncEvent toEvent() {
            return new AppointmentCreated(appointment.toAppointment(), at);
        }
    }

    record AppointmentUpdatedWire(AppointmentWire appointment, UserWire by, Instant at) implements EventWire {
        public SyncEvent toEvent() {
            return new AppointmentUpdated(appointment.toAppointment(), by.toUser(), at);
        }
    }

    record AppointmentDeletedWire(UUID appointmentId, UserWire by, Instant at) implements EventWire {
        public SyncEvent toEvent() {
            return new AppointmentDeleted(new AppointmentId(appointmentId), by.toUser(), at);
        }
    }

    record PresenceChangedWire(UUID appointmentId, String node, List<UserWire> watchers, Instant at)
            implements EventWire {
        public SyncEvent toEvent() {
            List<UserRef> users = watchers.stream().map(UserWire::toUser).toList();
            return new PresenceChanged(new AppointmentId(appointmentId), node, users, at);
        }
    }

    record CursorMovedWire(UUID appointmentId, UserWire user, double x, double y, Instant at) implements EventWire {
        public SyncEvent toEvent() {
            return new CursorMoved(new AppointmentId(appointmentId), user.toUser(), x, y, at);
        }
    }
}
