package dev.syncpoint.adapter.websocket.protocol;

import dev.syncpoint.domain.event.SyncEvent;
import dev.syncpoint.domain.event.SyncEvent.AdminTakeover;
import dev.syncpoint.domain.event.SyncEvent.AppointmentDeleted;
import dev.syncpoint.domain.event.SyncEvent.AppointmentUpdated;
import dev.syncpoint.domain.event.SyncEvent.ControlDeniedEvent;
import dev.syncpoint.domain.event.SyncEvent.ControlGrantedEvent;
import dev.syncpoint.domain.event.SyncEvent.ControlRequestedEvent;
import dev.syncpoint.domain.event.SyncEvent.LockAcquired;
import dev.syncpoint.domain.event.SyncEvent.LockReleased;
import dev.syncpoint.domain.event.SyncEvent.LockRenewed;
import dev.syncpoint.domain.lock.Lock;
import dev.syncpoint.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;

/**
 * The frame each lock and appointment event becomes for one recipient. Presence and cursors are not
 * here: they need what the node knows about its watchers, not just the event.
 */
public final class EventFrames {

    private EventFrames() {}

    /** Empty for events no watcher is told about as they are, such as a new appointment. */
    public static Optional<ServerFrame> frameFor(SyncEvent event, UserId viewer) {
        UUID appointment = event.appointmentId().value();
        if (event instanceof LockAcquired e) {
            return Optional.of(new ServerFrame.LockAcquired(appointment, lock(e.lock(), viewer), e.at()));
        }
        if (event instanceof LockRenewed e) {
            return Optional.of(new ServerFrame.LockRenewed(appointment, lock(e.lock(), viewer), e.at()));
        }
        if (event instanceof LockReleased e) {
            PersonView by = e.by().map(PersonView::of).orElse(null);
            return Optional.of(new ServerFrame.LockReleased(
                    appointment,
                    lock(e.lock(), viewer),
                    e.reason().wireName(),
                    by,
                    e.note().orElse(null),
                    e.at()));
        }
        if (event instanceof AdminTakeover e) {
            return Optional.of(new ServerFrame.AdminTakeover(
                    appointment,
                    lock(e.previous(), viewer),
                    lock(e.granted(), viewer),
                    e.reason().orElse(null),
                    e.at()));
        }
        return Optional.ofNullable(controlFrame(event, appointment, viewer))
                .or(() -> Optional.ofNullable(appointmentFrame(event, appointment)));
    }

    /**
     * Whether {@code viewer} sees this event differently from anyone else: only a holder of one of its
     * locks does, since only they see its fencing token. Everyone else can share one rendering.
     */
    public static boolean seesOwnVersion(SyncEvent event, UserId viewer) {
        if (event instanceof LockAcquired e) {
            return e.lock().isHeldBy(viewer);
        }
        if (event instanceof LockRenewed e) {
            return e.lock().isHeldBy(viewer);
        }
        if (event instanceof LockReleased e) {
            return e.lock().isHeldBy(viewer);
        }
        if (event instanceof AdminTakeover e) {
            return e.previous().isHeldBy(viewer) || e.granted().isHeldBy(viewer);
        }
        return event instanceof ControlGrantedEvent e && e.granted().isHeldBy(viewer);
    }

    private static ServerFrame controlFrame(SyncEvent event, UUID appointment, UserId viewer) {
        if (event instanceof ControlRequestedEvent e) {
            return new ServerFrame.ControlRequested(appointment, ControlRequestView.of(e.request(), e.at()), e.at());
        }
        if (event instanceof ControlGrantedEvent e) {
            return new ServerFrame.ControlGranted(
                    appointment, ControlRequestView.of(e.request(), e.at()), lock(e.granted(), viewer), e.at());
        }
        if (event instanceof ControlDeniedEvent e) {
            return new ServerFrame.ControlDenied(appointment, ControlRequestView.of(e.request(), e.at()), e.at());
        }
        return null;
    }

    /** New appointments have no watchers yet; presence and cursors are framed elsewhere. */
    private static ServerFrame appointmentFrame(SyncEvent event, UUID appointment) {
        if (event instanceof AppointmentUpdated e) {
            return new ServerFrame.AppointmentUpdated(
                    appointment, AppointmentView.of(e.appointment()), PersonView.of(e.by()), e.at());
        }
        if (event instanceof AppointmentDeleted e) {
            return new ServerFrame.AppointmentDeleted(appointment, PersonView.of(e.by()), e.at());
        }
        return null;
    }

    private static LockView lock(Lock lock, UserId viewer) {
        return LockView.of(lock, viewer);
    }
}
